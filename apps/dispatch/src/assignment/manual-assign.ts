import { ErrorCode } from '@hospital/contracts';
import { DomainError } from '@hospital/platform';
import { EntityManager } from 'typeorm';
import { StaffEntity } from '../staff/staff.entity';
import { TaskEntity } from '../tasks/task.entity';

/**
 * Checks a dispatcher's choice of worker for a task whose row the caller has already locked. Only
 * activity, a break and capacity are checked, not duty or post: a dispatcher may call someone in who is not
 * clocked in yet, or use cross-post cover when a post runs short (docs/domain.md §1.6, §3.8). A
 * worker who started a break is not there to take it; they come back by ending the break.
 * The worker's row is locked (task first, then staff, as everywhere) before the load is counted,
 * so two dispatchers giving different jobs to one worker at once cannot push them over capacity.
 */
export async function checkManualAssignee(manager: EntityManager, task: TaskEntity, workerId: string): Promise<StaffEntity> {
  const worker = await manager.findOne(StaffEntity, { where: { id: workerId }, lock: { mode: 'for_no_key_update' } });
  if (!worker) throw DomainError.notFound(ErrorCode.StaffNotFound, 'Staff member', workerId);
  const who = `${worker.name} (${worker.staffNo})`;
  if (!worker.active) {
    throw new DomainError(ErrorCode.WorkerUnavailable, `${who} is not active`, {
      errors: [{ field: 'workerId', message: 'the worker is not active' }],
    });
  }
  const [onBreak] = (await manager.query(
    `SELECT "started_at" FROM "dispatch"."duty_breaks" WHERE "staff_id" = $1 AND "ended_at" IS NULL`,
    [worker.id],
  )) as { started_at: Date }[];
  if (onBreak) {
    throw new DomainError(ErrorCode.WorkerUnavailable, `${who} is on a break since ${onBreak.started_at.toISOString()}`, {
      errors: [{ field: 'workerId', message: 'the worker is on a break' }],
      onBreakSince: onBreak.started_at.toISOString(),
    });
  }
  // The task itself does not count: reassigning a job to the worker who holds it changes nothing.
  const [{ load }] = (await manager.query(
    `SELECT count(*)::int AS "load" FROM "dispatch"."tasks"
     WHERE "assignee_id" = $1 AND "status" IN ('ASSIGNED', 'ACCEPTED', 'IN_PROGRESS') AND "id" <> $2`,
    [worker.id, task.id],
  )) as [{ load: number }];
  if (load >= worker.capacity) {
    throw new DomainError(ErrorCode.WorkerUnavailable, `${who} already carries ${load} of ${worker.capacity} jobs`, {
      errors: [{ field: 'workerId', message: `the worker is at capacity (${load}/${worker.capacity})` }],
    });
  }
  return worker;
}
