import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor, CreateTaskDto, ListTasksQueryDto, Role, TaskDetailDto, TaskIdDto, TaskPageDto, TaskPatterns } from '@hospital/contracts';
import { RpcClient } from '@hospital/platform';
import { Audited, personalRead, taskPatientInFull } from '../audit';
import { Idempotent } from '../http/idempotency';
import { ApiAuth, CurrentActor } from '../identity';

/** Wards and hospital systems (HIS) raise jobs; the center's staff run them. */
const CREATES_TASKS = [Role.Admin, Role.Manager, Role.Dispatcher, Role.Integration] as const;
const READS_TASKS = [Role.Admin, Role.Manager, Role.Dispatcher, Role.Worker, Role.Supervisor, Role.Inspector, Role.Integration] as const;

@ApiTags('dispatch')
@Controller('dispatch/tasks')
export class TasksController {
  constructor(private readonly rpc: RpcClient) {}

  @Post()
  @ApiAuth(...CREATES_TASKS)
  @ApiOperation({ summary: 'Register a job; it starts PENDING with a number like T20261123-0001' })
  @ApiCreatedResponse({ type: TaskDetailDto })
  @Idempotent()
  create(@Body() dto: CreateTaskDto, @CurrentActor() actor: Actor): Promise<TaskDetailDto> {
    return this.rpc.send(TaskPatterns.create, actor, dto);
  }

  @Get()
  @ApiAuth(...READS_TASKS)
  @ApiOperation({ summary: 'List jobs, newest first, filtered by status, type, priority and group' })
  @ApiOkResponse({ type: TaskPageDto })
  list(@Query() query: ListTasksQueryDto, @CurrentActor() actor: Actor): Promise<TaskPageDto> {
    return this.rpc.send(TaskPatterns.list, actor, query);
  }

  @Get(':id')
  @ApiAuth(...READS_TASKS)
  @ApiOperation({ summary: 'Get a job with its timeline' })
  @ApiOkResponse({ type: TaskDetailDto })
  @Audited('task.read', personalRead('task', taskPatientInFull))
  get(@Param() params: TaskIdDto, @CurrentActor() actor: Actor): Promise<TaskDetailDto> {
    return this.rpc.send(TaskPatterns.get, actor, params);
  }
}
