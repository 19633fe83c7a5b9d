import { TaskPriority } from '@hospital/contracts';

/** The deadline of a job registered at `createdAt`: its priority's minutes later (see DueTable). */
export function dueAt(createdAt: Date, priority: TaskPriority, table: Record<TaskPriority, number>): Date {
  return new Date(createdAt.getTime() + table[priority] * 60_000);
}
