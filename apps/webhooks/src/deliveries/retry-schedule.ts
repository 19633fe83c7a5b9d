import { RetryConfig } from '../config';

/** Attempts a delivery gets before it is DEAD: the first, and one per wait of the schedule. */
export const attemptsAllowed = (retry: RetryConfig): number => retry.scheduleMs.length + 1;

/**
 * How long to wait after attempt `attemptsMade` failed, or null when it was the last. With full
 * jitter the wait is drawn uniformly between 0 and the schedule's, so many deliveries that
 * failed together (a receiver down) do not all come back at the same instant.
 */
export function retryDelayMs(attemptsMade: number, retry: RetryConfig, random: () => number = Math.random): number | null {
  if (attemptsMade >= attemptsAllowed(retry)) return null;
  const wait = retry.scheduleMs[attemptsMade - 1];
  return retry.jitter === 'full' ? Math.floor(random() * wait) : wait;
}
