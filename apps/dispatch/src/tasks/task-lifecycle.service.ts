import { Inject, Injectable } from '@nestjs/common';
import {
  Actor,
  AssignTaskRequestDto,
  CompleteTaskRequestDto,
  DispatchEvents,
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
import { TaskEventEntity } from './task-event.entity';
import { toTaskDetailDto } from './task.mapper';
import { taskStepPayload } from './task-step.event';
import { TaskEntity } from './task.entity';

const OPEN: TaskStatus[] = [TaskStatus.Pending, TaskStatus.Assigned, TaskStatus.Accepted, TaskStatus.InProgress];

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
  /** Checks and changes beyond the status, inside the transaction. */
  apply?: (task: TaskEntity, tx: Transaction, now: Date) => Promise<void> | void;
}

/**
 * The job's life: PENDING → ASSIGNED → ACCEPTED → IN_PROGRESS → COMPLETED, a decline back to
 * PENDING, CANCELLED from any open state. Each step locks the task row, so of two people acting
 * on one task at once the second sees the first's result and gets 409 INVALID_TRANSITION.
 * Every step is on the timeline (the handover record) and is emitted as an event.
 */
@Injectable()
export class TaskLifecycleService {
  constructor(
    private readonly uow: UnitOfWork,
    @Inject(ENV) private readonly env: ServiceEnv,
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
    });
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
