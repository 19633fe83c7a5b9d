import { RetryConfig } from '../config';
import { attemptsAllowed, retryDelayMs } from './retry-schedule';

const standard: RetryConfig = { scheduleMs: [5_000, 300_000, 1_800_000, 7_200_000, 18_000_000, 36_000_000, 36_000_000], jitter: 'none' };

describe('the retry schedule', () => {
  it('waits 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h after the failed attempts, and stops after the eighth', () => {
    expect(attemptsAllowed(standard)).toBe(8);
    expect([1, 2, 3, 4, 5, 6, 7].map((attempt) => retryDelayMs(attempt, standard))).toEqual(standard.scheduleMs);
    expect(retryDelayMs(8, standard)).toBeNull();
  });

  it('with full jitter draws each wait between 0 and the schedule’s', () => {
    const full: RetryConfig = { ...standard, jitter: 'full' };
    expect(retryDelayMs(2, full, () => 0)).toBe(0);
    expect(retryDelayMs(2, full, () => 0.5)).toBe(150_000);
    expect(retryDelayMs(2, full, () => 0.999999)).toBe(299_999);
    expect(retryDelayMs(8, full, () => 0.5)).toBeNull();
  });
});
