import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  Actor,
  AssignTaskRequestDto,
  CompleteTaskRequestDto,
  CreateTaskDto,
  EditTaskRequestDto,
  ListTasksQueryDto,
  Page,
  StartTaskRequestDto,
  TaskDetailDto,
  TaskDto,
  TaskIdDto,
  TaskNoteRequestDto,
  TaskPatterns,
  TaskReasonRequestDto,
} from '@hospital/contracts';
import { Idempotency, IdempotentRequest } from '@hospital/platform';
import { CreateTaskService } from './create-task.service';
import { TaskLifecycleService } from './task-lifecycle.service';
import { TasksQueryService } from './tasks-query.service';

@Controller()
export class TasksHandlers {
  constructor(
    private readonly registration: CreateTaskService,
    private readonly queries: TasksQueryService,
    private readonly lifecycle: TaskLifecycleService,
  ) {}

  @MessagePattern(TaskPatterns.create)
  create(@Payload('data') dto: CreateTaskDto, @Payload('actor') actor: Actor, @Idempotency() idempotency: IdempotentRequest | null): Promise<TaskDetailDto> {
    return this.registration.create(dto, actor, idempotency);
  }

  @MessagePattern(TaskPatterns.get)
  get(@Payload('data') { id }: TaskIdDto, @Payload('actor') actor: Actor): Promise<TaskDetailDto> {
    return this.queries.get(id, actor);
  }

  @MessagePattern(TaskPatterns.list)
  list(@Payload('data') query: ListTasksQueryDto, @Payload('actor') actor: Actor): Promise<Page<TaskDto>> {
    return this.queries.list(query, actor);
  }

  @MessagePattern(TaskPatterns.assign)
  assign(@Payload('data') req: AssignTaskRequestDto, @Payload('actor') actor: Actor): Promise<TaskDetailDto> {
    return this.lifecycle.assign(req, actor);
  }

  @MessagePattern(TaskPatterns.accept)
  accept(@Payload('data') req: TaskNoteRequestDto, @Payload('actor') actor: Actor): Promise<TaskDetailDto> {
    return this.lifecycle.accept(req, actor);
  }

  @MessagePattern(TaskPatterns.decline)
  decline(@Payload('data') req: TaskReasonRequestDto, @Payload('actor') actor: Actor): Promise<TaskDetailDto> {
    return this.lifecycle.decline(req, actor);
  }

  @MessagePattern(TaskPatterns.start)
  start(@Payload('data') req: StartTaskRequestDto, @Payload('actor') actor: Actor): Promise<TaskDetailDto> {
    return this.lifecycle.start(req, actor);
  }

  @MessagePattern(TaskPatterns.complete)
  complete(@Payload('data') req: CompleteTaskRequestDto, @Payload('actor') actor: Actor): Promise<TaskDetailDto> {
    return this.lifecycle.complete(req, actor);
  }

  @MessagePattern(TaskPatterns.cancel)
  cancel(@Payload('data') req: TaskReasonRequestDto, @Payload('actor') actor: Actor): Promise<TaskDetailDto> {
    return this.lifecycle.cancel(req, actor);
  }

  @MessagePattern(TaskPatterns.release)
  release(@Payload('data') req: TaskNoteRequestDto, @Payload('actor') actor: Actor): Promise<TaskDetailDto> {
    return this.lifecycle.release(req, actor);
  }

  @MessagePattern(TaskPatterns.edit)
  edit(@Payload('data') req: EditTaskRequestDto, @Payload('actor') actor: Actor): Promise<TaskDetailDto> {
    return this.lifecycle.edit(req, actor);
  }
}
