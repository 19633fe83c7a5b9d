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
  TaskPriority,
  TaskStatus,
  TaskTimelineAction,
} from '@hospital/contracts';
import { DomainError, ENV, keysetPage, ServiceEnv, UnitOfWork } from '@hospital/platform';
import { Repository } from 'typeorm';
import { DUE_MINUTES } from './due-minutes.token';
import { dueAt } from './due-times';
import { toTaskDetailDto } from './task.mapper';
import { TaskEventEntity } from './task-event.entity';
import { hospitalDay, nextTaskNumber } from './task-number';
import { TaskEntity } from './task.entity';

/** Logistics jobs: registered here, then assigned and carried out (later issues add the lifecycle). */
@Injectable()
export class TasksService {
  constructor(
    private readonly uow: UnitOfWork,
    @InjectRepository(TaskEntity) private readonly tasks: Repository<TaskEntity>,
    @InjectRepository(TaskEventEntity) private readonly events: Repository<TaskEventEntity>,
    @Inject(ENV) private readonly env: ServiceEnv,
    @Inject(DUE_MINUTES) private readonly dueMinutes: Record<TaskPriority, number>,
  ) {}

  /**
   * The task, its number, its first timeline entry and its task.created event are written
   * together or not at all; with an Idempotency-Key, a retry gets the first answer back.
   */
  async create(dto: CreateTaskDto, actor: Actor, idempotencyKey: string | null = null): Promise<TaskDetailDto> {
    return this.uow.run(async ({ manager, emit }) => {
      const now = new Date();
      const number = await nextTaskNumber(manager, hospitalDay(now, this.env.TZ_HOSPITAL));
      const task = await manager.save(
        manager.create(TaskEntity, {
          number,
          type: dto.type,
          priority: dto.priority,
          status: TaskStatus.Pending,
          group: dto.group,
          origin: dto.origin,
          destination: dto.destination,
          requester: dto.requester,
          notes: dto.notes ?? null,
          createdBy: actor.id,
          // One clock for both, so the deadline is exactly the priority's minutes after registration.
          createdAt: now,
          assigneeId: null,
          dueAt: dueAt(now, dto.priority, this.dueMinutes),
        }),
      );
      const created = await manager.save(
        manager.create(TaskEventEntity, {
          taskId: task.id,
          action: TaskTimelineAction.Created,
          status: TaskStatus.Pending,
          actorId: actor.id,
          workerId: null,
          note: null,
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
    }, idempotencyKey ? { key: idempotencyKey, scope: actor.id, operation: TaskPatterns.create, request: dto } : null);
  }

  async get(id: string): Promise<{ task: TaskEntity; timeline: TaskEventEntity[] }> {
    const task = await this.tasks.findOneBy({ id });
    if (!task) throw DomainError.notFound(ErrorCode.TaskNotFound, 'Task', id);
    const timeline = await this.events.find({ where: { taskId: id }, order: { id: 'ASC' } });
    return { task, timeline };
  }

  async list(query: ListTasksQueryDto): Promise<Page<TaskEntity>> {
    const qb = this.tasks.createQueryBuilder('t');
    for (const field of ['status', 'type', 'priority', 'group'] as const) {
      if (query[field]) qb.andWhere(`t.${field} = :${field}`, { [field]: query[field] });
    }
    return keysetPage(qb, query);
  }
}
