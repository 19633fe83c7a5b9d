import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Actor, ErrorCode, ListTasksQueryDto, Page, TaskDetailDto, TaskDto } from '@hospital/contracts';
import { DomainError, keysetPage } from '@hospital/platform';
import { Repository } from 'typeorm';
import { TaskEventEntity } from './task-event.entity';
import { toTaskDetailDto, toTaskDto } from './task.mapper';
import { TaskEntity } from './task.entity';
import { assertVisible, scopeFor } from './task-visibility';
import { changedSincePage } from './changed-since-page';

/** Reading jobs: one with its timeline, and the caller's list, each as the caller may see it. */
@Injectable()
export class TasksQueryService {
  constructor(
    @InjectRepository(TaskEntity) private readonly tasks: Repository<TaskEntity>,
    @InjectRepository(TaskEventEntity) private readonly events: Repository<TaskEventEntity>,
  ) {}

  /** The job and its timeline, if the caller may see it (see task-visibility). */
  async get(id: string, actor: Actor): Promise<TaskDetailDto> {
    const task = await this.tasks.findOneBy({ id });
    if (!task) throw DomainError.notFound(ErrorCode.TaskNotFound, 'Task', id);
    assertVisible(task, await scopeFor(actor, this.tasks.manager));
    const timeline = await this.events.find({ where: { taskId: id }, order: { id: 'ASC' } });
    return toTaskDetailDto(task, timeline, actor);
  }

  /** The caller's jobs: a worker's own, a ward's raised, a dispatcher's group unless they name another. */
  async list(query: ListTasksQueryDto, actor: Actor): Promise<Page<TaskDto>> {
    const scope = await scopeFor(actor, this.tasks.manager);
    const filters = { ...query, group: query.group ?? scope.defaultGroup };
    const qb = this.tasks.createQueryBuilder('t');
    for (const field of ['status', 'type', 'priority', 'group'] as const) {
      if (filters[field]) qb.andWhere(`t.${field} = :${field}`, { [field]: filters[field] });
    }
    if (scope.assigneeId) qb.andWhere('t.assignee_id = :assigneeId', { assigneeId: scope.assigneeId });
    if (scope.createdBy) qb.andWhere('t.created_by = :createdBy', { createdBy: scope.createdBy });
    // updatedSince: the pollers' order, oldest change first (changed-since-page.ts).
    const page = query.updatedSince ? await changedSincePage(qb, query.updatedSince, query) : await keysetPage(qb, query);
    return { items: page.items.map((task) => toTaskDto(task, actor)), nextCursor: page.nextCursor };
  }
}
