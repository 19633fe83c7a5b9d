import { minutesBetween } from './shift-calendar';

/**
 * Minutes either side of the scheduled start and end that still count as on time: clocks at the
 * desks are not in sync and the walk from the locker room takes a few minutes, so evaluation
 * should not mark someone late for 07:32.
 */
export const ATTENDANCE_GRACE_MINUTES = 5;

const GRACE_MS = ATTENDANCE_GRACE_MINUTES * 60_000;

/** Late is more than the grace after the scheduled start; minutesLate counts from the start itself. */
export function lateness(shiftStart: Date, at: Date): { late: boolean; minutesLate: number } {
  const late = at.getTime() - shiftStart.getTime() > GRACE_MS;
  return { late, minutesLate: late ? minutesBetween(shiftStart, at) : 0 };
}

/** Early is more than the grace before the scheduled end; minutesEarly counts to the end itself. */
export function earliness(shiftEnd: Date, at: Date): { early: boolean; minutesEarly: number } {
  const early = shiftEnd.getTime() - at.getTime() > GRACE_MS;
  return { early, minutesEarly: early ? minutesBetween(at, shiftEnd) : 0 };
}
