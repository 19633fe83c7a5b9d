import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  Actor,
  CreateTaskDto,
  DispatchEvents,
  ErrorCode,
  ListTasksQueryDto,
  Page,
  TaskCreatedEvent,
  TaskDetailDto,
  TaskPatterns,
  TaskStatus,
  TaskTimelineAction,
} from '@hospital/contracts';
import { DomainError, ENV, hospitalDay, keysetPage, ServiceEnv, UnitOfWork } from '@hospital/platform';
import { Repository } from 'typeorm';
import { DUE_MINUTES } from './due-minutes.token';
import { DueTable, dueAt } from './due-times';
import { ruleOnTask } from './details/task-details.rules';
import { TASK_FEES, TaskFees } from './details/task-fees';
import { toTaskDetailDto } from './task.mapper';
import { TaskEventEntity } from './task-event.entity';
import { nextTaskNumber } from './task-number';
import { TaskEntity } from './task.entity';
import { assertVisible, scopeFor } from './task-visibility';

/** Logistics jobs: registered here, then assigned and carried out (later issues add the lifecycle). */
@Injectable()
export class TasksService {
  constructor(
    private readonly uow: UnitOfWork,
    @InjectRepository(TaskEntity) private readonly tasks: Repository<TaskEntity>,
    @InjectRepository(TaskEventEntity) private readonly events: Repository<TaskEventEntity>,
    @Inject(ENV) private readonly env: ServiceEnv,
    @Inject(DUE_MINUTES) private readonly dueTable: DueTable,
    @Inject(TASK_FEES) private readonly fees: TaskFees,
  ) {}

  /**
   * The task, its number, its first timeline entry and its task.created event are written
   * together or not at all; with an Idempotency-Key, a retry gets the first answer back.
   */
  async create(dto: CreateTaskDto, actor: Actor, idempotencyKey: string | null = null): Promise<TaskDetailDto> {
    const ruling = ruleOnTask(dto, this.fees);
    const now = new Date();
    const idempotency = idempotencyKey ? { key: idempotencyKey, scope: actor.id, operation: TaskPatterns.create, request: dto } : null;
    // Outside the transaction (see nextTaskNumber): the day's counter is locked only for the
    // increment. A retry that will be answered from its first response takes none.
    const day = hospitalDay(now, this.env.TZ_HOSPITAL);
    const isRetry = idempotency !== null && (await this.uow.remembered(idempotency));
    const taken = isRetry ? null : await nextTaskNumber(this.tasks.manager, day);
    return this.uow.run(async ({ manager, emit }) => {
      // Only when the first answer expired in between: then this is a first request after all.
      const number = taken ?? (await nextTaskNumber(manager, day));
      const task = await manager.save(
        manager.create(TaskEntity, {
          number,
          type: dto.type,
          priority: ruling.priority,
          status: TaskStatus.Pending,
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
          dueAt: dueAt(now, ruling.priority, this.dueTable[dto.type]),
        }),
      );
      const created = await manager.save(
        manager.create(TaskEventEntity, {
          taskId: task.id,
          action: TaskTimelineAction.Created,
          status: TaskStatus.Pending,
          actorId: actor.id,
          workerId: null,
          note: ruling.remarks.join('; ') || null,
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
      });
      return toTaskDetailDto(task, [created], actor);
    }, idempotency);
  }

  /** The job and its timeline, if the caller may see it (see task-visibility). */
  async get(id: string, actor: Actor): Promise<{ task: TaskEntity; timeline: TaskEventEntity[] }> {
    const task = await this.tasks.findOneBy({ id });
    if (!task) throw DomainError.notFound(ErrorCode.TaskNotFound, 'Task', id);
    assertVisible(task, await scopeFor(actor, this.tasks.manager));
    const timeline = await this.events.find({ where: { taskId: id }, order: { id: 'ASC' } });
    return { task, timeline };
  }

  /** The caller's jobs: a worker's own, a ward's raised, a dispatcher's group unless they name another. */
  async list(query: ListTasksQueryDto, actor: Actor): Promise<Page<TaskEntity>> {
    const scope = await scopeFor(actor, this.tasks.manager);
    const filters = { ...query, group: query.group ?? scope.defaultGroup };
    const qb = this.tasks.createQueryBuilder('t');
    for (const field of ['status', 'type', 'priority', 'group'] as const) {
      if (filters[field]) qb.andWhere(`t.${field} = :${field}`, { [field]: filters[field] });
    }
    if (scope.assigneeId) qb.andWhere('t.assignee_id = :assigneeId', { assigneeId: scope.assigneeId });
    if (scope.createdBy) qb.andWhere('t.created_by = :createdBy', { createdBy: scope.createdBy });
    return keysetPage(qb, query);
  }
}
