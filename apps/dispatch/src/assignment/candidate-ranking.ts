import { isWorkingNow } from '../duty/duty-status';
import { WorkerDutyRow } from '../duty/worker-duty.query';

/** Clocked in, not on a break, inside a segment of their shift now, and able to take one more job. */
export function canTakeJobNow(worker: WorkerDutyRow, now: Date, timeZone: string): boolean {
  return worker.session !== null && worker.onBreakSince === null && isWorkingNow(worker.session, now, timeZone) && worker.load < worker.capacity;
}

/** Least loaded first, then the longest idle (earliest idleSince; someone carrying a job has none), then staff number. */
export function compareCandidates(a: WorkerDutyRow, b: WorkerDutyRow): number {
  if (a.load !== b.load) return a.load - b.load;
  const idleA = a.idleSince?.getTime() ?? Number.POSITIVE_INFINITY;
  const idleB = b.idleSince?.getTime() ?? Number.POSITIVE_INFINITY;
  if (idleA !== idleB) return idleA < idleB ? -1 : 1;
  return a.staffNo < b.staffNo ? -1 : a.staffNo > b.staffNo ? 1 : 0;
}

/** The people who may take a job now, best first. */
export function rankCandidates(workers: WorkerDutyRow[], now: Date, timeZone: string): WorkerDutyRow[] {
  return workers.filter((w) => canTakeJobNow(w, now, timeZone)).sort(compareCandidates);
}
