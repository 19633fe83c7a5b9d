import { checkRecurrence, nextOccurrence, upcomingOccurrences } from './recurrence';

// Fixed instants in the past and future only: the recurrence is pure, the real clock plays no part.
const shanghai = { cron: '0 6 * * *', timeZone: 'Asia/Shanghai', startsOn: '2027-01-04', endsOn: null };

describe('recurrence (cron in hospital time)', () => {
  it('starts on the first day, at the hour in the hospital’s zone', () => {
    expect(nextOccurrence(shanghai, new Date('2026-12-20T00:00:00Z'))?.toISOString()).toBe('2027-01-03T22:00:00.000Z');
  });

  it('stops after the last day', () => {
    const twoDays = { ...shanghai, endsOn: '2027-01-05' };
    expect(upcomingOccurrences(twoDays, new Date('2027-01-01T00:00:00Z'), 5).map((d) => d.toISOString())).toEqual([
      '2027-01-03T22:00:00.000Z',
      '2027-01-04T22:00:00.000Z',
    ]);
  });

  it('keeps 06:00 local across a daylight-saving change', () => {
    const berlin = { cron: '0 6 * * *', timeZone: 'Europe/Berlin', startsOn: '2027-03-27', endsOn: null };
    expect(upcomingOccurrences(berlin, new Date('2027-03-26T12:00:00Z'), 2).map((d) => d.toISOString())).toEqual([
      '2027-03-27T05:00:00.000Z',
      '2027-03-28T04:00:00.000Z',
    ]);
  });

  it('weekdays only: Friday is followed by Monday', () => {
    const weekdays = { ...shanghai, cron: '0 6 * * 1-5' };
    // 2027-01-08 is a Friday.
    expect(nextOccurrence(weekdays, new Date('2027-01-07T22:00:00Z'))?.toISOString()).toBe('2027-01-10T22:00:00.000Z');
  });

  it('refuses six fields, nonsense, too frequent, and a date that never comes', () => {
    const now = new Date('2027-01-01T00:00:00Z');
    for (const cron of ['0 0 6 * * *', 'daily', '*/10 * * * *', '0 6 30 2 *']) {
      expect(() => checkRecurrence({ ...shanghai, cron }, now)).toThrow(/cron/);
    }
    expect(() => checkRecurrence(shanghai, now)).not.toThrow();
  });
});
