import { Shift } from '@hospital/contracts';
import { shiftOccurrenceAt } from './shift-calendar';

/**
 * For specs that run on the real clock: the shift (of the three that tile the day) covering the
 * next few minutes, so a worker clocked in "now" for it is on shift for the whole test; clocking
 * in up to 30 minutes before a start counts as working, so a run just before a change is covered.
 */
export function shiftCovering(at: Date, timeZone: string): Shift {
  const soon = new Date(at.getTime() + 5 * 60_000);
  const covering = [Shift.Early, Shift.Middle, Shift.Night].find((shift) => {
    const o = shiftOccurrenceAt(shift, soon, timeZone);
    return o.start <= soon && soon < o.end;
  });
  if (!covering) throw new Error('early, middle and night shifts should cover every minute of the day');
  return covering;
}
