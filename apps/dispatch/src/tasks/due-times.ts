import { TaskPriority, TaskType } from '@hospital/contracts';
import { z } from 'zod';

/** Minutes from registration to the deadline, by priority (domain.md: urgent blood at once). */
export const DEFAULT_DUE_MINUTES: Record<TaskPriority, number> = {
  [TaskPriority.Stat]: 15,
  [TaskPriority.Urgent]: 30,
  [TaskPriority.Routine]: 120,
};

const minutes = z.coerce.number().int().min(1).max(24 * 60);

/** The table, with overrides from TASK_DUE_MINUTES_STAT / _URGENT / _ROUTINE. */
export function dueMinutesFrom(env: NodeJS.ProcessEnv): Record<TaskPriority, number> {
  const table = { ...DEFAULT_DUE_MINUTES };
  for (const priority of Object.values(TaskPriority)) {
    const raw = env[`TASK_DUE_MINUTES_${priority}`];
    if (raw !== undefined && raw !== '') table[priority] = minutes.parse(raw);
  }
  return table;
}

/** Minutes by job type, then priority: the hospital may give, say, routine linen a longer window. */
export type DueTable = Record<TaskType, Record<TaskPriority, number>>;

/**
 * Every type starts from the priority table (TASK_DUE_MINUTES_<PRIORITY>); one cell is
 * overridden with TASK_DUE_MINUTES_<TYPE>_<PRIORITY>, e.g. TASK_DUE_MINUTES_LINEN_ROUTINE=240.
 */
export function dueTableFrom(env: NodeJS.ProcessEnv): DueTable {
  const byPriority = dueMinutesFrom(env);
  const table = {} as DueTable;
  for (const type of Object.values(TaskType)) {
    table[type] = { ...byPriority };
    for (const priority of Object.values(TaskPriority)) {
      const raw = env[`TASK_DUE_MINUTES_${type}_${priority}`];
      if (raw !== undefined && raw !== '') table[type][priority] = minutes.parse(raw);
    }
  }
  return table;
}

export function dueAt(createdAt: Date, priority: TaskPriority, table: Record<TaskPriority, number>): Date {
  return new Date(createdAt.getTime() + table[priority] * 60_000);
}

/** OVERDUE_SWEEP_SECONDS (default 30): how soon after its deadline an open job is flagged. */
export function overdueSweepMsFrom(env: NodeJS.ProcessEnv): number {
  const raw = env.OVERDUE_SWEEP_SECONDS;
  return (raw === undefined || raw === '' ? 30 : z.coerce.number().int().min(1).max(3600).parse(raw)) * 1000;
}
