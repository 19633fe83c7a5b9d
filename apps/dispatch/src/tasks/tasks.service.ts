import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import {
  Actor,
  CreateTaskDto,
  ErrorCode,
  ListTasksQueryDto,
  Page,
  TaskStatus,
  TaskTimelineAction,
} from '@hospital/contracts';
import { DomainError, ENV, keysetPage, ServiceEnv } from '@hospital/platform';
import { DataSource, Repository } from 'typeorm';
import { TaskEventEntity } from './task-event.entity';
import { hospitalDay, nextTaskNumber } from './task-number';
import { TaskEntity } from './task.entity';

/** Logistics jobs: registered here, then assigned and carried out (later issues add the lifecycle). */
@Injectable()
export class TasksService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @InjectRepository(TaskEntity) private readonly tasks: Repository<TaskEntity>,
    @InjectRepository(TaskEventEntity) private readonly events: Repository<TaskEventEntity>,
    @Inject(ENV) private readonly env: ServiceEnv,
  ) {}

  /** The task, its number and its first timeline entry are written together or not at all. */
  async create(dto: CreateTaskDto, actor: Actor): Promise<{ task: TaskEntity; timeline: TaskEventEntity[] }> {
    return this.db.transaction(async (manager) => {
      const number = await nextTaskNumber(manager, hospitalDay(new Date(), this.env.TZ_HOSPITAL));
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
        }),
      );
      const created = await manager.save(
        manager.create(TaskEventEntity, {
          taskId: task.id,
          action: TaskTimelineAction.Created,
          status: TaskStatus.Pending,
          actorId: actor.id,
          note: null,
          at: task.createdAt,
        }),
      );
      return { task, timeline: [created] };
    });
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
