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
  TaskStatus,
  TaskTimelineAction,
} from '@hospital/contracts';
import { DomainError, ENV, hospitalDay, IdempotentRequest, keysetPage, ServiceEnv, UnitOfWork } from '@hospital/platform';
import { Repository } from 'typeorm';
import { DISPATCH_CONFIG, DispatchConfig } from '../config';
import { dueAt } from './due-times';
import { ruleOnTask } from './details/task-details.rules';
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
    @Inject(DISPATCH_CONFIG) private readonly config: DispatchConfig,
  ) {}

  /**
   * The task, its number, its first timeline entry and its task.created event are written
   * together or not at all; with an Idempotency-Key, a retry gets the first answer back.
   */
  async create(dto: CreateTaskDto, actor: Actor, idempotency: IdempotentRequest | null = null): Promise<TaskDetailDto> {
    const ruling = ruleOnTask(dto, this.config.fees);
    const now = new Date();
    const day = hospitalDay(now, this.env.TZ_HOSPITAL);
    return this.uow.run(
      async ({ manager, emit }, number: string) => {
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
            dueAt: dueAt(now, ruling.priority, this.config.dueMinutes[dto.type]),
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
      },
      // The number is taken outside the transaction (see nextTaskNumber), and not for a retry.
      { idempotency, prepare: (manager) => nextTaskNumber(manager, day) },
    );
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
