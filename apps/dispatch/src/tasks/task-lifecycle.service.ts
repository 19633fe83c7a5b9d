import { Inject, Injectable } from '@nestjs/common';
import {
  Actor,
  AssignTaskRequestDto,
  CompleteTaskRequestDto,
  CreateTaskDto,
  DispatchEvents,
  EditTaskRequestDto,
  ErrorCode,
  hasAnyRole,
  Role,
  StartTaskRequestDto,
  TaskDetailDto,
  TaskNoteRequestDto,
  TaskReasonRequestDto,
  TaskStatus,
  TaskStepEvent,
  TaskTimelineAction,
} from '@hospital/contracts';
import { DomainError, ENV, ServiceEnv, Transaction, UnitOfWork } from '@hospital/platform';
import { autoAssign } from '../assignment/auto-assign';
import { checkManualAssignee } from '../assignment/manual-assign';
import { DISPATCH_CONFIG, DispatchConfig } from '../config';
import { bookingFor } from './booking';
import { ruleOnTask } from './details/task-details.rules';
import { TaskEventEntity } from './task-event.entity';
import { toTaskDetailDto } from './task.mapper';
import { taskStepPayload } from './task-step.event';
import { TaskEntity } from './task.entity';

const OPEN: TaskStatus[] = [TaskStatus.Scheduled, TaskStatus.Pending, TaskStatus.Assigned, TaskStatus.Accepted, TaskStatus.InProgress];

/** People who run the floor may move any job on its way; a worker only their own. */
const ACTS_FOR_OTHERS: readonly Role[] = [Role.Admin, Role.Manager, Role.Dispatcher];

interface Step {
  from: TaskStatus[];
  to: TaskStatus;
  action: TaskTimelineAction;
  event: TaskStepEvent['type'];
  note?: string | null;
  /** Only the assignee (or someone who acts for others) may take this step. */
  assigneeOnly?: boolean;
  /** Also the hospital system that raised the job (its integration key), on its own jobs and only from these states. */
  creatorFrom?: TaskStatus[];
  /** Checks and changes beyond the status, inside the transaction. */
  apply?: (task: TaskEntity, tx: Transaction, now: Date) => Promise<void> | void;
}

/**
 * The job's life: (SCHEDULED →) PENDING → ASSIGNED → ACCEPTED → IN_PROGRESS → COMPLETED, a
 * decline back to PENDING, CANCELLED from any open state. Each step locks the task row, so of two people acting
 * on one task at once the second sees the first's result and gets 409 INVALID_TRANSITION.
 * Every step is on the timeline (the handover record) and is emitted as an event.
 */
@Injectable()
export class TaskLifecycleService {
  constructor(
    private readonly uow: UnitOfWork,
    @Inject(ENV) private readonly env: ServiceEnv,
    @Inject(DISPATCH_CONFIG) private readonly config: DispatchConfig,
  ) {}

  /**
   * Gives a job to the worker named, or with `auto: true` to the best free worker (see autoAssign),
   * whose reason goes on the timeline. Either way nobody is given more jobs than their capacity.
   */
  async assign(req: AssignTaskRequestDto, actor: Actor): Promise<TaskDetailDto> {
    if (req.auto && req.workerId) {
      throw DomainError.validation([{ field: 'auto', message: 'send either workerId or auto: true, not both' }]);
    }
    const workerId = req.workerId;
    if (!req.auto && !workerId) throw DomainError.validation([{ field: 'workerId', message: 'workerId is required unless auto is true' }]);
    const step: Step = {
      // A plain assign only takes a PENDING job: two dispatchers racing for one job cannot both win.
      from: req.reassign ? [TaskStatus.Assigned, TaskStatus.Accepted] : [TaskStatus.Pending],
      to: TaskStatus.Assigned,
      action: TaskTimelineAction.Assigned,
      event: DispatchEvents.taskAssigned,
      note: req.note,
      apply: async (task, { manager }, now) => {
        if (workerId) {
          task.assigneeId = (await checkManualAssignee(manager, task, workerId)).id;
          return;
        }
        // Reassigning automatically means "someone else": the current holder is not a candidate.
        const chosen = await autoAssign(manager, task, now, this.env.TZ_HOSPITAL, task.assigneeId);
        task.assigneeId = chosen.worker.staffId;
        step.note = joinNote(chosen.reason, req.note);
      },
    };
    return this.step(req.id, actor, step);
  }

  accept(req: TaskNoteRequestDto, actor: Actor): Promise<TaskDetailDto> {
    return this.step(req.id, actor, {
      from: [TaskStatus.Assigned],
      to: TaskStatus.Accepted,
      action: TaskTimelineAction.Accepted,
      event: DispatchEvents.taskAccepted,
      note: req.note,
      assigneeOnly: true,
      apply: (task, _tx, now) => {
        task.acceptedAt ??= now;
      },
    });
  }

  decline(req: TaskReasonRequestDto, actor: Actor): Promise<TaskDetailDto> {
    return this.step(req.id, actor, {
      from: [TaskStatus.Assigned],
      to: TaskStatus.Pending,
      action: TaskTimelineAction.Declined,
      event: DispatchEvents.taskDeclined,
      note: req.reason,
      assigneeOnly: true,
      apply: (task) => {
        task.assigneeId = null;
      },
    });
  }

  start(req: StartTaskRequestDto, actor: Actor): Promise<TaskDetailDto> {
    return this.step(req.id, actor, {
      from: [TaskStatus.Accepted],
      to: TaskStatus.InProgress,
      action: TaskTimelineAction.Started,
      event: DispatchEvents.taskStarted,
      note: joinNote(`handed over by ${req.handedOverBy}`, req.note),
      assigneeOnly: true,
      apply: (task) => {
        task.handedOverBy = req.handedOverBy;
      },
    });
  }

  complete(req: CompleteTaskRequestDto, actor: Actor): Promise<TaskDetailDto> {
    return this.step(req.id, actor, {
      from: [TaskStatus.InProgress],
      to: TaskStatus.Completed,
      action: TaskTimelineAction.Completed,
      event: DispatchEvents.taskCompleted,
      note: joinNote(`received by ${req.receivedBy}`, req.note),
      assigneeOnly: true,
      apply: (task, _tx, now) => {
        task.receivedBy = req.receivedBy;
        task.completedAt = now;
      },
    });
  }

  cancel(req: TaskReasonRequestDto, actor: Actor): Promise<TaskDetailDto> {
    return this.step(req.id, actor, {
      from: OPEN,
      to: TaskStatus.Cancelled,
      action: TaskTimelineAction.Cancelled,
      event: DispatchEvents.taskCancelled,
      note: req.reason,
      // The ward withdraws its own booking; once the job is in the queue the floor decides.
      creatorFrom: [TaskStatus.Scheduled],
    });
  }

  /** The floor puts a booked job into the queue before its lead time (the patient is ready early). */
  release(req: TaskNoteRequestDto, actor: Actor): Promise<TaskDetailDto> {
    return this.step(req.id, actor, {
      from: [TaskStatus.Scheduled],
      to: TaskStatus.Pending,
      action: TaskTimelineAction.Released,
      event: DispatchEvents.taskReleased,
      note: joinNote('released early', req.note),
      apply: (task, _tx, now) => {
        task.queuedAt = now;
      },
    });
  }

  /**
   * Changes a booking while it waits: a new time moves the deadline and the release with it (a
   * time already inside its lead time puts the job into the queue at the next sweep); a new
   * priority is ruled on again (urgent blood stays STAT). The note lists what changed.
   */
  async edit(req: EditTaskRequestDto, actor: Actor): Promise<TaskDetailDto> {
    const { id, ...sent } = req;
    const changes = Object.fromEntries(Object.entries(sent).filter(([, value]) => value !== undefined)) as Omit<EditTaskRequestDto, 'id'>;
    const fields = Object.keys(changes);
    if (fields.length === 0) throw DomainError.validation([{ field: 'scheduledFor', message: 'send at least one field to change' }]);
    const step: Step = {
      from: [TaskStatus.Scheduled],
      to: TaskStatus.Scheduled,
      action: TaskTimelineAction.Edited,
      event: DispatchEvents.taskEdited,
      note: `changed ${fields.join(', ')}`,
      creatorFrom: [TaskStatus.Scheduled],
      apply: (task, _tx, now) => {
        const merged = { ...editableOf(task), ...changes };
        const ruling = ruleOnTask(merged, this.config.fees);
        const scheduledFor = merged.scheduledFor;
        const booking = bookingFor(scheduledFor, task.type, ruling.priority, now, this.config);
        Object.assign(task, {
          priority: ruling.priority,
          origin: merged.origin,
          destination: merged.destination,
          requester: merged.requester,
          notes: merged.notes ?? null,
          scheduledFor: booking.scheduledFor,
          releaseAt: booking.releaseAt,
          dueAt: booking.scheduledFor,
        });
        if (ruling.remarks.length) step.note = joinNote(step.note ?? '', ruling.remarks.join('; '));
      },
    };
    return this.step(id, actor, step);
  }

  private step(id: string, actor: Actor, step: Step): Promise<TaskDetailDto> {
    return this.uow.run(async (tx) => {
      const { manager } = tx;
      const task = await manager.findOne(TaskEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!task) throw DomainError.notFound(ErrorCode.TaskNotFound, 'Task', id);
      if (!step.from.includes(task.status)) {
        const needs = step.from.join(' or ');
        throw new DomainError(ErrorCode.InvalidTransition, `task ${task.number} is ${task.status}; ${step.action.toLowerCase()} needs it ${needs}`, {
          status: task.status,
          allowedFrom: step.from,
        });
      }
      if (step.assigneeOnly && !hasAnyRole(actor, ACTS_FOR_OTHERS) && (!actor.staffId || actor.staffId !== task.assigneeId)) {
        throw new DomainError(ErrorCode.NotAssignee, `task ${task.number} is not assigned to you`);
      }
      if (!hasAnyRole(actor, ACTS_FOR_OTHERS)) assertCreatorMay(task, actor, step);
      const now = new Date();
      const workerBefore = task.assigneeId;
      await step.apply?.(task, tx, now);
      task.status = step.to;
      // One UPDATE of the fields a step may change (TypeORM adds version + 1 and updated_at);
      // save() would first read the row back to diff it, a round trip the lock already made.
      const { raw } = await manager
        .createQueryBuilder()
        .update(TaskEntity)
        .set({
          status: task.status,
          priority: task.priority,
          origin: task.origin,
          destination: task.destination,
          requester: task.requester,
          notes: task.notes,
          dueAt: task.dueAt,
          scheduledFor: task.scheduledFor,
          releaseAt: task.releaseAt,
          queuedAt: task.queuedAt,
          assigneeId: task.assigneeId,
          acceptedAt: task.acceptedAt,
          handedOverBy: task.handedOverBy,
          receivedBy: task.receivedBy,
          completedAt: task.completedAt,
        })
        .where('id = :id', { id: task.id })
        .returning('"version", "updated_at"')
        .execute();
      const [{ version, updated_at: updatedAt }] = raw as { version: number; updated_at: Date }[];
      Object.assign(task, { version, updatedAt });
      const entry = await manager.save(
        manager.create(TaskEventEntity, {
          taskId: task.id,
          action: step.action,
          status: step.to,
          actorId: actor.id,
          workerId: task.assigneeId ?? workerBefore,
          note: step.note ?? null,
          at: now,
        }),
      );
      tx.emit<TaskStepEvent>(
        step.event,
        task.id,
        taskStepPayload(task, { status: step.to, workerId: entry.workerId, actorId: actor.id, at: entry.at, note: entry.note, completedAt: task.completedAt }),
      );
      const timeline = await manager.find(TaskEventEntity, { where: { taskId: task.id }, order: { id: 'ASC' } });
      return toTaskDetailDto(task, timeline, actor);
    });
  }
}

function joinNote(record: string, note: string | undefined): string {
  return note ? `${record}; ${note}` : record;
}

/**
 * A caller who does not run the floor reached a step the gateway lets them call (a ward's
 * integration key on cancel or edit): only on a job it raised, and only while it is a booking.
 */
function assertCreatorMay(task: TaskEntity, actor: Actor, step: Step): void {
  if (step.assigneeOnly) return;
  if (!step.creatorFrom || task.createdBy !== actor.id) {
    throw new DomainError(ErrorCode.Forbidden, `task ${task.number} is not one of your jobs`);
  }
  if (!step.creatorFrom.includes(task.status)) {
    throw new DomainError(ErrorCode.InvalidTransition, `task ${task.number} is ${task.status}; once in the queue only the floor may ${step.action.toLowerCase()} it`, {
      status: task.status,
      allowedFrom: step.creatorFrom,
    });
  }
}

/** The booking as a create request, so an edit is ruled on exactly as the registration was. */
function editableOf(task: TaskEntity): CreateTaskDto & { scheduledFor: string } {
  return {
    type: task.type,
    priority: task.priority,
    group: task.group,
    origin: task.origin,
    destination: task.destination,
    requester: task.requester,
    ...(task.notes !== null ? { notes: task.notes } : {}),
    ...(task.feeFen !== null ? { feeFen: task.feeFen } : {}),
    ...task.details,
    scheduledFor: (task.scheduledFor ?? task.dueAt).toISOString(),
  };
}
