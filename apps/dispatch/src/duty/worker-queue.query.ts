import { TaskPriority, TaskStatus } from '@hospital/contracts';
import { EntityManager } from 'typeorm';
import { TaskEntity } from '../tasks/task.entity';

/** The order a worker does their jobs in: finish what is under way, then pick up what they took, then take what is offered. */
export const QUEUE_STATUS_ORDER: readonly TaskStatus[] = [TaskStatus.InProgress, TaskStatus.Accepted, TaskStatus.Assigned];
const PRIORITY_ORDER: readonly TaskPriority[] = [TaskPriority.Stat, TaskPriority.Urgent, TaskPriority.Routine];

/**
 * A worker's open jobs in the order to do them, in one statement on `tasks_assignee_open_idx`
 * (the status list is written out so the planner matches the index's predicate). At most their
 * capacity (10) rows, so the ordering costs nothing.
 */
export function queryWorkerQueue(manager: EntityManager, staffId: string): Promise<TaskEntity[]> {
  return manager
    .createQueryBuilder(TaskEntity, 't')
    .where('t.assigneeId = :staffId', { staffId })
    .andWhere(`t.status IN ('ASSIGNED', 'ACCEPTED', 'IN_PROGRESS')`)
    .orderBy('array_position(CAST(:statusOrder AS varchar[]), t.status)', 'ASC')
    .addOrderBy('array_position(CAST(:priorityOrder AS varchar[]), t.priority)', 'ASC')
    .addOrderBy('t.dueAt', 'ASC')
    .addOrderBy('t.number', 'ASC')
    .setParameters({ statusOrder: QUEUE_STATUS_ORDER, priorityOrder: PRIORITY_ORDER })
    .getMany();
}
