import { DutyStatus, Shift } from '@hospital/contracts';
import { dutyStatus, OpenDutySession } from './duty-status';
import { shiftOccurrenceAt } from './shift-calendar';

const TZ = 'Asia/Shanghai';
const cst = (local: string) => new Date(`${local}:00+08:00`);

/** An open session as clock-in stores it: the occurrence is the one the clock-in time belongs to. */
const clockedIn = (shift: Shift, local: string): OpenDutySession => {
  const clockedInAt = cst(local);
  return { shift, shiftStart: shiftOccurrenceAt(shift, clockedInAt, TZ).start, clockedInAt };
};

const status = (session: OpenDutySession | null, now: string, load = 0, capacity = 2) => dutyStatus({ session, load, capacity }, cst(now), TZ);

describe('dutyStatus', () => {
  it('is OFF_DUTY without an open session, whatever the load', () => {
    expect(status(null, '2025-11-24T10:00')).toBe(DutyStatus.OffDuty);
    expect(status(null, '2025-11-24T10:00', 3)).toBe(DutyStatus.OffDuty);
  });

  describe('early shift 07:30–15:30', () => {
    const early = clockedIn(Shift.Early, '2025-11-24T07:28');

    it('is AVAILABLE inside the shift and under capacity', () => {
      expect(status(early, '2025-11-24T07:30')).toBe(DutyStatus.Available);
      expect(status(early, '2025-11-24T15:29')).toBe(DutyStatus.Available);
    });

    it('is BUSY at capacity, AVAILABLE one below', () => {
      expect(status(early, '2025-11-24T10:00', 2, 2)).toBe(DutyStatus.Busy);
      expect(status(early, '2025-11-24T10:00', 3, 2)).toBe(DutyStatus.Busy);
      expect(status(early, '2025-11-24T10:00', 1, 2)).toBe(DutyStatus.Available);
    });

    it('is ON_BREAK on a break they started, inside the shift and under capacity or not', () => {
      const onBreakSince = cst('2025-11-24T11:30');
      expect(dutyStatus({ session: early, onBreakSince, load: 0, capacity: 2 }, cst('2025-11-24T11:45'), TZ)).toBe(DutyStatus.OnBreak);
      expect(dutyStatus({ session: early, onBreakSince, load: 2, capacity: 2 }, cst('2025-11-24T11:45'), TZ)).toBe(DutyStatus.OnBreak);
      expect(dutyStatus({ session: early, onBreakSince: null, load: 0, capacity: 2 }, cst('2025-11-24T11:45'), TZ)).toBe(DutyStatus.Available);
    });

    it('is ON_BREAK once the shift is over and they have not clocked out, busy or not', () => {
      expect(status(early, '2025-11-24T15:30')).toBe(DutyStatus.OnBreak);
      expect(status(early, '2025-11-24T18:00', 2, 2)).toBe(DutyStatus.OnBreak);
    });

    it('does not count the same hours of the next day for a session left open overnight', () => {
      expect(status(early, '2025-11-25T09:00')).toBe(DutyStatus.OnBreak);
    });

    it('counts someone who clocked in up to 30 minutes before the start as working from the clock-in', () => {
      const keen = clockedIn(Shift.Early, '2025-11-24T07:00');
      expect(status(keen, '2025-11-24T07:05')).toBe(DutyStatus.Available);
    });

    it('counts someone who clocked in longer before the start as working only from the start', () => {
      const veryEarly = clockedIn(Shift.Early, '2025-11-24T06:50');
      expect(status(veryEarly, '2025-11-24T07:00')).toBe(DutyStatus.OnBreak);
      expect(status(veryEarly, '2025-11-24T07:30')).toBe(DutyStatus.Available);
    });
  });

  describe('middle shift 15:30–23:00', () => {
    const middle = clockedIn(Shift.Middle, '2025-11-24T15:33');

    it('is AVAILABLE until 23:00, ON_BREAK after', () => {
      expect(status(middle, '2025-11-24T22:59')).toBe(DutyStatus.Available);
      expect(status(middle, '2025-11-24T23:00')).toBe(DutyStatus.OnBreak);
    });
  });

  describe('night shift 23:00–07:30, across midnight', () => {
    it('is AVAILABLE after midnight for someone who clocked in at 22:50', () => {
      const night = clockedIn(Shift.Night, '2025-11-24T22:50');
      expect(status(night, '2025-11-24T23:30')).toBe(DutyStatus.Available);
      expect(status(night, '2025-11-25T03:00')).toBe(DutyStatus.Available);
      expect(status(night, '2025-11-25T07:29')).toBe(DutyStatus.Available);
      expect(status(night, '2025-11-25T07:30')).toBe(DutyStatus.OnBreak);
    });

    it('is ON_BREAK, not working, for someone who clocked in for the night shift in the afternoon, until 23:00', () => {
      const muddled = clockedIn(Shift.Night, '2025-11-24T15:00');
      expect(status(muddled, '2025-11-24T16:00')).toBe(DutyStatus.OnBreak);
      expect(status(muddled, '2025-11-24T23:30')).toBe(DutyStatus.Available);
    });

    it('is AVAILABLE for someone who clocked in late at 00:10 for the shift that began the day before', () => {
      const late = clockedIn(Shift.Night, '2025-11-25T00:10');
      expect(status(late, '2025-11-25T00:11')).toBe(DutyStatus.Available);
      expect(status(late, '2025-11-25T08:00')).toBe(DutyStatus.OnBreak);
    });
  });

  describe('split day shift 07:30–11:30 + 13:30–17:00', () => {
    const split = clockedIn(Shift.SplitDay, '2025-11-24T07:25');

    it('is ON_BREAK over lunch and AVAILABLE in both segments', () => {
      expect(status(split, '2025-11-24T11:29')).toBe(DutyStatus.Available);
      expect(status(split, '2025-11-24T11:30')).toBe(DutyStatus.OnBreak);
      expect(status(split, '2025-11-24T12:30')).toBe(DutyStatus.OnBreak);
      expect(status(split, '2025-11-24T13:30')).toBe(DutyStatus.Available);
      expect(status(split, '2025-11-24T16:59')).toBe(DutyStatus.Available);
      expect(status(split, '2025-11-24T17:00')).toBe(DutyStatus.OnBreak);
    });

    it('is ON_BREAK at lunch even at capacity: a break is not work', () => {
      expect(status(split, '2025-11-24T12:00', 2, 2)).toBe(DutyStatus.OnBreak);
    });
  });
});
