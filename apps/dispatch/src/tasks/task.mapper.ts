import { Actor, hasAnyRole, Role, TaskDetailDto, TaskDto } from '@hospital/contracts';
import { maskPhone } from '@hospital/platform';
import { TaskEventEntity } from './task-event.entity';
import { TaskEntity } from './task.entity';

/** Those who call the ward back about a job see the requester's number in full. */
const SEES_REQUESTER_PHONE: readonly Role[] = [Role.Admin, Role.Manager, Role.Dispatcher, Role.Worker, Role.Supervisor];

export function toTaskDto(task: TaskEntity, actor: Actor): TaskDto {
  const { phone, ...requester } = task.requester;
  return {
    id: task.id,
    number: task.number,
    type: task.type,
    priority: task.priority,
    status: task.status,
    group: task.group,
    origin: task.origin,
    destination: task.destination,
    requester: phone ? { ...requester, phone: hasAnyRole(actor, SEES_REQUESTER_PHONE) ? phone : (maskPhone(phone) ?? '') } : requester,
    notes: task.notes,
    createdBy: task.createdBy,
    assigneeId: task.assigneeId,
    dueAt: task.dueAt.toISOString(),
    handedOverBy: task.handedOverBy,
    receivedBy: task.receivedBy,
    completedAt: task.completedAt?.toISOString() ?? null,
    overdueAt: task.overdueAt?.toISOString() ?? null,
    version: task.version,
    createdAt: task.createdAt.toISOString(),
    updatedAt: task.updatedAt.toISOString(),
  };
}

export function toTaskDetailDto(task: TaskEntity, timeline: TaskEventEntity[], actor: Actor): TaskDetailDto {
  return {
    ...toTaskDto(task, actor),
    timeline: timeline.map((e) => ({
      action: e.action,
      status: e.status,
      actorId: e.actorId,
      workerId: e.workerId,
      note: e.note,
      at: e.at.toISOString(),
    })),
  };
}
