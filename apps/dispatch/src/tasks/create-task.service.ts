import { Inject, Injectable } from '@nestjs/common';
import { Actor, CreateTaskDto, DispatchEvents, TaskCreatedEvent, TaskDetailDto, TaskStatus, TaskTimelineAction } from '@hospital/contracts';
import { ENV, hospitalDay, IdempotentRequest, ServiceEnv, Transaction, UnitOfWork } from '@hospital/platform';
import { DISPATCH_CONFIG, DispatchConfig } from '../config';
import { Booking, bookingAt, bookingFor } from './booking';
import { ruleOnTask, TaskRuling } from './details/task-details.rules';
import { dueAt } from './due-times';
import { TaskEventEntity } from './task-event.entity';
import { nextTaskNumber } from './task-number';
import { toTaskDetailDto } from './task.mapper';
import { TaskEntity } from './task.entity';

/** A request the hospital's rules have passed, ready to be written. */
export interface TaskDraft {
  dto: CreateTaskDto;
  ruling: TaskRuling;
  booking: Booking | null;
  status: TaskStatus.Scheduled | TaskStatus.Pending;
  /** For the first timeline entry. */
  remarks: string[];
}

/**
 * Registering a logistics job (docs/domain.md §3.1): numbered for the hospital day, due by its
 * priority; or booked for a later time (docs/dispatch.md), SCHEDULED until its lead time.
 */
@Injectable()
export class CreateTaskService {
  constructor(
    private readonly uow: UnitOfWork,
    @Inject(ENV) private readonly env: ServiceEnv,
    @Inject(DISPATCH_CONFIG) private readonly config: DispatchConfig,
  ) {}

  /**
   * The task, its number, its first timeline entry and its task.created event are written
   * together or not at all; with an Idempotency-Key, a retry gets the first answer back.
   */
  async create(dto: CreateTaskDto, actor: Actor, idempotency: IdempotentRequest | null = null): Promise<TaskDetailDto> {
    const now = new Date();
    const draft = this.draft(dto, now);
    const day = hospitalDay(now, this.env.TZ_HOSPITAL);
    return this.uow.run(
      (tx, number: string) => this.write(tx, draft, actor, number, now),
      // The number is taken outside the transaction (see nextTaskNumber), and not for a retry.
      { idempotency, prepare: (manager) => nextTaskNumber(manager, day) },
    );
  }

  /**
   * The hospital's rules and the booking, checked before anything is written (400/422 naming the
   * field). A schedule's `occurrence` is booked at that time as it stands (see bookingAt).
   */
  draft(dto: CreateTaskDto, now: Date, remarks: string[] = [], occurrence?: Date): TaskDraft {
    const ruling = ruleOnTask(dto, this.config.fees);
    const booking = occurrence
      ? bookingAt(occurrence, dto.type, ruling.priority, now, this.config)
      : dto.scheduledFor === undefined
        ? null
        : bookingFor(dto.scheduledFor, dto.type, ruling.priority, now, this.config);
    const waits = booking !== null && !booking.releaseNow;
    return {
      dto,
      ruling,
      booking,
      status: waits ? TaskStatus.Scheduled : TaskStatus.Pending,
      remarks: [...remarks, ...ruling.remarks, ...(booking?.releaseNow ? ['booked inside its lead time: in the queue at once'] : [])],
    };
  }

  /** Writes a drafted job inside the caller's transaction: also used for a recurring schedule's occurrences. */
  async write({ manager, emit }: Transaction, { dto, ruling, booking, status, remarks }: TaskDraft, actor: Actor, number: string, now: Date): Promise<TaskDetailDto> {
    const task = await manager.save(
      manager.create(TaskEntity, {
        number,
        type: dto.type,
        priority: ruling.priority,
        status,
        group: dto.group,
        origin: dto.origin,
        destination: dto.destination,
        requester: dto.requester,
        notes: dto.notes ?? null,
        details: ruling.details,
        feeFen: ruling.feeFen,
        createdBy: actor.id,
        // One clock for both, so the deadline is exactly the priority's minutes after registration.
        createdAt: now,
        assigneeId: null,
        dueAt: booking?.scheduledFor ?? dueAt(now, ruling.priority, this.config.dueMinutes[dto.type]),
        scheduledFor: booking?.scheduledFor ?? null,
        releaseAt: booking?.releaseAt ?? null,
        queuedAt: status === TaskStatus.Scheduled ? null : now,
      }),
    );
    const created = await manager.save(
      manager.create(TaskEventEntity, {
        taskId: task.id,
        action: TaskTimelineAction.Created,
        status,
        actorId: actor.id,
        workerId: null,
        note: remarks.join('; ') || null,
        at: task.createdAt,
      }),
    );
    emit<TaskCreatedEvent>(DispatchEvents.taskCreated, task.id, {
      id: task.id,
      number: task.number,
      type: task.type,
      priority: task.priority,
      group: task.group,
      createdBy: task.createdBy,
      createdAt: task.createdAt.toISOString(),
      dueAt: task.dueAt.toISOString(),
      status,
      ...(booking ? { scheduledFor: booking.scheduledFor.toISOString(), releaseAt: booking.releaseAt.toISOString() } : {}),
    });
    return toTaskDetailDto(task, [created], actor);
  }
}
