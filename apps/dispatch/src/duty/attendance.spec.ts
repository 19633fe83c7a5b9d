import { ATTENDANCE_GRACE_MINUTES, earliness, lateness } from './attendance';

const start = new Date('2025-11-24T07:30:00+08:00');
const end = new Date('2025-11-24T15:30:00+08:00');
const plus = (d: Date, minutes: number, seconds = 0) => new Date(d.getTime() + minutes * 60_000 + seconds * 1_000);

describe('lateness and earliness with a grace of 5 minutes', () => {
  it('uses a 5-minute grace', () => {
    expect(ATTENDANCE_GRACE_MINUTES).toBe(5);
  });

  it('counts an early or on-time clock-in as not late, 0 minutes', () => {
    expect(lateness(start, plus(start, -20))).toEqual({ late: false, minutesLate: 0 });
    expect(lateness(start, start)).toEqual({ late: false, minutesLate: 0 });
  });

  it('counts up to 5 minutes after the start as on time', () => {
    expect(lateness(start, plus(start, 5))).toEqual({ late: false, minutesLate: 0 });
  });

  it('counts more than 5 minutes as late, in whole minutes from the scheduled start', () => {
    expect(lateness(start, plus(start, 5, 1))).toEqual({ late: true, minutesLate: 5 });
    expect(lateness(start, plus(start, 20, 30))).toEqual({ late: true, minutesLate: 20 });
  });

  it('counts a clock-out more than 5 minutes before the end as early, in whole minutes to the end', () => {
    expect(earliness(end, plus(end, -12))).toEqual({ early: true, minutesEarly: 12 });
    expect(earliness(end, plus(end, -5))).toEqual({ early: false, minutesEarly: 0 });
    expect(earliness(end, plus(end, 30))).toEqual({ early: false, minutesEarly: 0 });
  });
});
