import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { Actor, CreateTaskDto, ListTasksQueryDto, Page, TaskDetailDto, TaskDto, TaskIdDto, TaskPatterns } from '@hospital/contracts';
import { IdempotencyKey } from '@hospital/platform';
import { toTaskDetailDto, toTaskDto } from './task.mapper';
import { TasksService } from './tasks.service';

@Controller()
export class TasksHandlers {
  constructor(private readonly tasks: TasksService) {}

  @MessagePattern(TaskPatterns.create)
  create(@Payload('data') dto: CreateTaskDto, @Payload('actor') actor: Actor, @IdempotencyKey() key: string | null): Promise<TaskDetailDto> {
    return this.tasks.create(dto, actor, key);
  }

  @MessagePattern(TaskPatterns.get)
  async get(@Payload('data') { id }: TaskIdDto, @Payload('actor') actor: Actor): Promise<TaskDetailDto> {
    const { task, timeline } = await this.tasks.get(id);
    return toTaskDetailDto(task, timeline, actor);
  }

  @MessagePattern(TaskPatterns.list)
  async list(@Payload('data') query: ListTasksQueryDto, @Payload('actor') actor: Actor): Promise<Page<TaskDto>> {
    const page = await this.tasks.list(query);
    return { items: page.items.map((t) => toTaskDto(t, actor)), nextCursor: page.nextCursor };
  }
}
