import { DutyStatus, Shift } from '@hospital/contracts';
import { shiftOccurrenceStarting } from './shift-calendar';

/** The part of an open duty session that decides whether the person is working right now. */
export interface OpenDutySession {
  shift: Shift;
  /** Scheduled start of the shift occurrence clocked in for. */
  shiftStart: Date;
  clockedInAt: Date;
}

/**
 * Someone who reports up to this long before the scheduled start (to take over from the outgoing
 * shift) is at the desk and counts as working from the clock-in; earlier than that, from the start.
 */
export const EARLY_CLOCK_IN_MINUTES = 30;

/**
 * Whether `now` falls inside a segment of the session's shift occurrence (opened early by a
 * clock-in within EARLY_CLOCK_IN_MINUTES of the start). The split shift's lunch and anything after
 * the last segment's end do not count: a session left open past its end is on break, not working.
 */
export function isWorkingNow(session: OpenDutySession, now: Date, timeZone: string): boolean {
  const { segments } = shiftOccurrenceStarting(session.shift, session.shiftStart, timeZone);
  return segments.some((segment, i) => {
    const early = segment.start.getTime() - session.clockedInAt.getTime();
    const start = i === 0 && early > 0 && early <= EARLY_CLOCK_IN_MINUTES * 60_000 ? session.clockedInAt : segment.start;
    return start <= now && now < segment.end;
  });
}

/** Where a worker stands: off duty, on break (one they started, or outside their shift's hours), busy (at capacity) or available. */
export function dutyStatus(
  worker: { session: OpenDutySession | null; onBreakSince?: Date | null; load: number; capacity: number },
  now: Date,
  timeZone: string,
): DutyStatus {
  if (!worker.session) return DutyStatus.OffDuty;
  if (worker.onBreakSince || !isWorkingNow(worker.session, now, timeZone)) return DutyStatus.OnBreak;
  return worker.load >= worker.capacity ? DutyStatus.Busy : DutyStatus.Available;
}
