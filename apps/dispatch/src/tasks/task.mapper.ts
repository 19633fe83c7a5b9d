import { Actor, hasAnyRole, Role, TaskDetailDto, TaskDetails, TaskDto } from '@hospital/contracts';
import { maskName, maskPhone, maskTail } from '@hospital/platform';
import { TaskEventEntity } from './task-event.entity';
import { TaskEntity } from './task.entity';

/** Those who call the ward back about a job see the requester's number in full. */
const SEES_REQUESTER_PHONE: readonly Role[] = [Role.Admin, Role.Manager, Role.Dispatcher, Role.Worker, Role.Supervisor];

/** Those who move the patient (and the ward that asked) see who it is; everyone else a masked name and MRN. */
const SEES_PATIENT: readonly Role[] = [Role.Admin, Role.Manager, Role.Dispatcher, Role.Worker, Role.Integration];

/** A list shows many patients at once, so it always masks them; one job opened on purpose may not. */
export type TaskView = 'list' | 'detail';

function detailsFor(details: TaskDetails | Record<string, never>, actor: Actor, view: TaskView): TaskDetails | Record<string, never> {
  if (!('patient' in details) || (view === 'detail' && hasAnyRole(actor, SEES_PATIENT))) return details;
  const { patient } = details;
  return { patient: { ...patient, patientName: maskName(patient.patientName) ?? '', mrn: maskTail(patient.mrn) ?? '' } };
}

export function toTaskDto(task: TaskEntity, actor: Actor, view: TaskView = 'list'): TaskDto {
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
    ...detailsFor(task.details, actor, view),
    feeFen: task.feeFen,
    createdBy: task.createdBy,
    assigneeId: task.assigneeId,
    dueAt: task.dueAt.toISOString(),
    scheduledFor: task.scheduledFor?.toISOString() ?? null,
    releaseAt: task.releaseAt?.toISOString() ?? null,
    queuedAt: task.queuedAt?.toISOString() ?? null,
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
    ...toTaskDto(task, actor, 'detail'),
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
