import { ErrorCode, GROUP_LABELS, POST_LABELS, TaskPriority } from '@hospital/contracts';
import { DomainError } from '@hospital/platform';
import { EntityManager } from 'typeorm';
import { minutesBetween } from '../duty/shift-calendar';
import { queryWorkerDuty, WorkerDutyRow } from '../duty/worker-duty.query';
import { TaskEntity } from '../tasks/task.entity';
import { canTakeJobNow, rankCandidates } from './candidate-ranking';
import { TASK_TYPE_POST } from './task-type-post';

export interface AutoAssignment {
  worker: WorkerDutyRow;
  /** Why this worker, for the timeline. */
  reason: string;
}

/**
 * Picks and claims a worker for a task whose row the caller has already locked. Candidates hold
 * the post the job needs, are clocked in, not on a break and inside a segment of their shift, belong to the task's
 * group (a STAT job falls back to the other groups when nobody there is free) and are under
 * capacity. The chosen worker's row is then locked and their load counted again: a concurrent
 * assignment that filled them up in the meantime moves this one on to the next candidate, so nobody
 * ever exceeds their capacity. Locks are taken task first, then staff, everywhere.
 *
 * Concurrent assignments all rank the same worker first; the first pass skips a worker whose row
 * another assignment holds (they are getting a job right now) instead of queueing behind it, so a
 * burst spreads over the next candidates (measured: 32 at once had all queued on one row). Only
 * when every candidate was busy that way does a second pass wait for the locks, so "nobody free"
 * is never answered just because someone was momentarily locked.
 */
export async function autoAssign(
  manager: EntityManager,
  task: TaskEntity,
  now: Date,
  timeZone: string,
  exclude: string | null = null,
): Promise<AutoAssignment> {
  const post = TASK_TYPE_POST[task.type];
  const crossGroup = task.priority === TaskPriority.Stat;
  const onDuty = await queryWorkerDuty(manager, { post, onDutyOnly: true, notOnBreak: true, group: crossGroup ? undefined : task.group });
  const ranked = rankCandidates(
    onDuty.filter((w) => w.staffId !== exclude),
    now,
    timeZone,
  );
  const inGroup = ranked.filter((w) => w.group === task.group);
  const fromOtherGroup = inGroup.length === 0 && crossGroup;
  const pool = fromOtherGroup ? ranked : inGroup;

  for (const waitForLocks of [false, true]) {
    let skipped = 0;
    for (const candidate of pool) {
      const claimed = await claim(manager, candidate.staffId, now, timeZone, waitForLocks);
      if (claimed === LOCKED_ELSEWHERE) skipped += 1;
      else if (claimed) return { worker: claimed, reason: describe(claimed, task, pool.length, fromOtherGroup, now) };
    }
    if (skipped === 0) break;
  }
  const where = GROUP_LABELS[task.group] + (crossGroup ? ' or any other group' : '');
  throw new DomainError(
    ErrorCode.NoEligibleWorker,
    `nobody holding the post ${post} (${POST_LABELS[post]}) is clocked in, on shift and under capacity in ${where}`,
    { post, group: task.group },
  );
}

const LOCKED_ELSEWHERE = Symbol('locked by another assignment');

/**
 * Locks the worker's row, then reads them again in a new statement, so a job assigned meanwhile is
 * counted. Without `wait`, a row another transaction holds is not waited for.
 */
async function claim(
  manager: EntityManager,
  staffId: string,
  now: Date,
  timeZone: string,
  wait: boolean,
): Promise<WorkerDutyRow | null | typeof LOCKED_ELSEWHERE> {
  const locked = (await manager.query(
    `SELECT 1 FROM "dispatch"."staff" WHERE "id" = $1 FOR NO KEY UPDATE${wait ? '' : ' SKIP LOCKED'}`,
    [staffId],
  )) as unknown[];
  if (locked.length === 0) return LOCKED_ELSEWHERE;
  const [fresh] = await queryWorkerDuty(manager, { staffIds: [staffId], onDutyOnly: true });
  return fresh && canTakeJobNow(fresh, now, timeZone) ? fresh : null;
}

function describe(worker: WorkerDutyRow, task: TaskEntity, candidates: number, fromOtherGroup: boolean, now: Date): string {
  const parts = [
    `auto: ${worker.name} (${worker.staffNo})`,
    TASK_TYPE_POST[task.type],
    GROUP_LABELS[worker.group],
    `load ${worker.load}/${worker.capacity}`,
    ...(worker.idleSince ? [`idle ${Math.max(0, minutesBetween(worker.idleSince, now))} min`] : []),
  ];
  const suffix = fromOtherGroup ? `; from another group: none free in ${GROUP_LABELS[task.group]}` : '';
  return `${parts.join(', ')}; ${candidates} candidate${candidates === 1 ? '' : 's'}${suffix}`;
}
