import { TaskStatus, TaskStepV1 } from '@hospital/contracts';
import { TaskEntity } from './task.entity';

/** What a step event says about the job itself; the rest is about the step. */
export type TaskStepSubject = Pick<TaskEntity, 'id' | 'number' | 'type' | 'priority' | 'group' | 'dueAt' | 'createdBy'>;

export interface TaskStepFacts {
  status: TaskStatus;
  workerId: string | null;
  actorId: string;
  at: Date;
  note?: string | null;
  /** Only on completion. */
  completedAt?: Date | null;
}

/** One payload shape for every step, whether a person took it (lifecycle) or the overdue sweep did. */
export function taskStepPayload(task: TaskStepSubject, facts: TaskStepFacts): TaskStepV1 {
  return {
    id: task.id,
    number: task.number,
    type: task.type,
    priority: task.priority,
    group: task.group,
    status: facts.status,
    workerId: facts.workerId,
    actorId: facts.actorId,
    at: facts.at.toISOString(),
    dueAt: task.dueAt.toISOString(),
    ...(facts.status === TaskStatus.Completed && facts.completedAt ? { onTime: facts.completedAt <= task.dueAt } : {}),
    ...(facts.note !== undefined ? { note: facts.note } : {}),
    createdBy: task.createdBy,
  };
}
