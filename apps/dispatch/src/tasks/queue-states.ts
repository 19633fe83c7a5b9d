import { TaskStatus } from '@hospital/contracts';

/**
 * States in which a job is not the floor's to act on: finished, or waiting for its time (a
 * booking). The board, the overdue sweep and the queue leave them out; each query names them
 * with NOT IN, which still implies the predicate of the partial index `tasks_open_due_idx`
 * (status NOT IN finished), so the planner keeps using it.
 */
export const NOT_IN_QUEUE: readonly TaskStatus[] = [TaskStatus.Completed, TaskStatus.Cancelled, TaskStatus.Scheduled];

/** `NOT_IN_QUEUE` as an SQL list of literals (the values are the enum's, never input). */
export const NOT_IN_QUEUE_SQL = NOT_IN_QUEUE.map((s) => `'${s}'`).join(', ');
