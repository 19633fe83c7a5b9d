import {
  Actor,
  IsolationPrecaution,
  NextStep,
  PatientCondition,
  TASK_DETAILS_KEY,
  TaskDetails,
  TaskNeed,
  TaskStatus,
  TransportMode,
  WorkerDutyDto,
  WorkerQueueDto,
  WorkerQueueItemDto,
} from '@hospital/contracts';
import { toTaskDto } from '../tasks/task.mapper';
import { TaskEntity } from '../tasks/task.entity';

const NEXT_STEP: Partial<Record<TaskStatus, NextStep>> = {
  [TaskStatus.Assigned]: NextStep.Accept,
  [TaskStatus.Accepted]: NextStep.Start,
  [TaskStatus.InProgress]: NextStep.Complete,
};

const MODE_NEED: Partial<Record<TransportMode, TaskNeed>> = {
  [TransportMode.Wheelchair]: TaskNeed.Wheelchair,
  [TransportMode.Stretcher]: TaskNeed.Stretcher,
  [TransportMode.Bed]: TaskNeed.Bed,
};

const ISOLATION_NEED: Partial<Record<IsolationPrecaution, TaskNeed>> = {
  [IsolationPrecaution.Contact]: TaskNeed.ContactIsolation,
  [IsolationPrecaution.Droplet]: TaskNeed.DropletIsolation,
  [IsolationPrecaution.Airborne]: TaskNeed.AirborneIsolation,
};

/** What the job's details ask the worker to bring or take care of, in the order a phone shows them. */
export function needsOf(details: TaskDetails | Record<string, never>): TaskNeed[] {
  const needs: (TaskNeed | undefined)[] = [];
  if ('patient' in details) {
    const p = details.patient;
    needs.push(
      MODE_NEED[p.mode],
      p.oxygen ? TaskNeed.Oxygen : undefined,
      p.monitor ? TaskNeed.Monitor : undefined,
      p.companion ? TaskNeed.Companion : undefined,
      p.condition === PatientCondition.Critical ? TaskNeed.CriticalPatient : undefined,
      ISOLATION_NEED[p.isolation],
    );
  }
  if ('specimen' in details && details.specimen.urgentBlood) needs.push(TaskNeed.UrgentBlood);
  if ('disinfection' in details && details.disinfection.isolation) needs.push(ISOLATION_NEED[details.disinfection.isolation]);
  return needs.filter((need): need is TaskNeed => need !== undefined);
}

/**
 * One job of the worker's own queue. The task mapper's detail view decides what they see (as the
 * assignee: the patient's name and MRN in full, the requester's number); only the job's own
 * details property is kept.
 */
export function toWorkerQueueItemDto(task: TaskEntity, actor: Actor, now: Date): WorkerQueueItemDto {
  const dto = toTaskDto(task, actor, 'detail');
  const key = TASK_DETAILS_KEY[task.type];
  const details = (dto as unknown as Record<string, unknown>)[key];
  const nextStep = NEXT_STEP[task.status];
  // queryWorkerQueue reads only these statuses; another one here is a bug, not a job to show.
  if (!nextStep) throw new Error(`task ${task.number} is ${task.status}, which is not in a worker's queue`);
  return {
    id: dto.id,
    number: dto.number,
    type: dto.type,
    priority: dto.priority,
    status: dto.status,
    nextStep,
    origin: dto.origin,
    destination: dto.destination,
    requester: dto.requester,
    notes: dto.notes,
    dueAt: dto.dueAt,
    overdue: task.dueAt < now || task.overdueAt !== null,
    needs: needsOf(task.details),
    ...(details === undefined ? {} : { [key]: details }),
  };
}

export function toWorkerQueueDto(duty: WorkerDutyDto, tasks: TaskEntity[], actor: Actor, now: Date): WorkerQueueDto {
  return { generatedAt: now.toISOString(), duty, items: tasks.map((task) => toWorkerQueueItemDto(task, actor, now)) };
}
