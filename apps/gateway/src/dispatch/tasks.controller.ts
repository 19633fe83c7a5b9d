import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import {
  Actor,
  CreateTaskDto,
  EditTaskBodyDto,
  ListTasksQueryDto,
  ProblemDto,
  Role,
  TaskDetailDto,
  TaskIdDto,
  TaskPageDto,
  TaskPatterns,
} from '@hospital/contracts';
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
  @ApiOperation({
    summary: 'Register a job; it starts PENDING with a number like T20261123-0001',
    description:
      'The floor and the hospital systems’ integration keys (HIS, a ward’s nurse station). `type` decides which one ' +
      'details property the job carries (see CreateTaskDto); the hospital’s rules on top of the shape answer 422 ' +
      'BUSINESS_RULE naming the field: a critical or non-self-caring patient needs a companion, urgent blood is ' +
      'raised to STAT, a fee only on paid services. `dueAt` follows the priority (STAT 15 min, URGENT 30 min, ROUTINE ' +
      '2 h). With `scheduledFor` the job is booked: SCHEDULED, due at that time, and put into the queue its lead time ' +
      'before (`releaseAt`); a time already inside the lead time goes into the queue at once. A time in the past or ' +
      'beyond the booking horizon is 400 naming `scheduledFor`. Send an Idempotency-Key to retry safely.',
  })
  @ApiCreatedResponse({ type: TaskDetailDto, description: 'The job, PENDING (or SCHEDULED when booked), with its first timeline entry' })
  @ApiUnprocessableEntityResponse({
    type: ProblemDto,
    description: 'A hospital rule refuses the job, naming the field (BUSINESS_RULE); or the Idempotency-Key was used with another request (IDEMPOTENCY_KEY_REUSED)',
  })
  @Idempotent()
  create(@Body() dto: CreateTaskDto, @CurrentActor() actor: Actor): Promise<TaskDetailDto> {
    return this.rpc.send(TaskPatterns.create, actor, dto);
  }

  @Patch(':id')
  @ApiAuth(...CREATES_TASKS)
  @ApiOperation({
    summary: 'Change a booked job while it is SCHEDULED: its time, priority, places, requester or notes',
    description:
      'The floor, and the integration key that booked it (another system’s job: 403 FORBIDDEN). Only the fields sent ' +
      'change; a new `scheduledFor` moves `dueAt` and `releaseAt` with it, a new priority its lead time (urgent blood ' +
      'stays STAT). The note on the timeline lists what changed; integrations hear `dispatch.task.edited`. A job ' +
      'already in the queue is 409 INVALID_TRANSITION: the floor reassigns or cancels it instead.',
  })
  @ApiOkResponse({ type: TaskDetailDto, description: 'The booking as changed, with its timeline' })
  @ApiConflictResponse({ type: ProblemDto, description: 'The job is no longer SCHEDULED (INVALID_TRANSITION)' })
  @ApiUnprocessableEntityResponse({ type: ProblemDto, description: 'A hospital rule refuses the change, naming the field (BUSINESS_RULE)' })
  edit(@Param() { id }: TaskIdDto, @Body() body: EditTaskBodyDto, @CurrentActor() actor: Actor): Promise<TaskDetailDto> {
    return this.rpc.send(TaskPatterns.edit, actor, { id, ...body });
  }

  @Get()
  @ApiAuth(...READS_TASKS)
  @ApiOperation({
    summary: 'List jobs, newest first, filtered by status, type, priority and group',
    description:
      'Every staff role except desk clerks, and integration keys, each seeing their own part: a worker only the jobs ' +
      'assigned to them, a dispatcher their group by default (`group` names another), an integration key the jobs it ' +
      'raised, admins, managers, supervisors and inspectors everything. Patient name and MRN are masked in every ' +
      'list. Keyset-paged, newest first.',
  })
  @ApiOkResponse({ type: TaskPageDto })
  list(@Query() query: ListTasksQueryDto, @CurrentActor() actor: Actor): Promise<TaskPageDto> {
    return this.rpc.send(TaskPatterns.list, actor, query);
  }

  @Get(':id')
  @ApiAuth(...READS_TASKS)
  @ApiOperation({
    summary: 'Get a job with its timeline',
    description:
      'Who may list it, for a job in their part (another’s job: 403 FORBIDDEN, so a worker knows it is not theirs). ' +
      'Patient name and MRN are in full for the floor, the assignee and the integration key that raised it, masked ' +
      'for supervisors and inspectors; reads in full are in the audit log.',
  })
  @ApiOkResponse({ type: TaskDetailDto })
  @Audited('task.read', personalRead('task', taskPatientInFull))
  get(@Param() params: TaskIdDto, @CurrentActor() actor: Actor): Promise<TaskDetailDto> {
    return this.rpc.send(TaskPatterns.get, actor, params);
  }
}
