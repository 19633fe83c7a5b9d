import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiConflictResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  Actor,
  AssignTaskBodyDto,
  CompleteTaskBodyDto,
  ProblemDto,
  Role,
  StartTaskBodyDto,
  TaskDetailDto,
  TaskIdDto,
  TaskNoteBodyDto,
  TaskPatterns,
  TaskReasonBodyDto,
} from '@hospital/contracts';
import { RpcClient } from '@hospital/platform';
import { ApiAuth, CurrentActor } from '../identity';

const RUNS_THE_FLOOR = [Role.Admin, Role.Manager, Role.Dispatcher] as const;
/** Workers act on their own jobs (the service checks it); the floor may act for them. */
const DOES_THE_JOB = [Role.Worker, Role.Admin, Role.Manager, Role.Dispatcher] as const;

/** The steps of a job's life. Each answers the task with its timeline, or 409 INVALID_TRANSITION. */
@ApiTags('dispatch')
@ApiConflictResponse({ type: ProblemDto, description: 'The task is not in a state that allows this step (INVALID_TRANSITION)' })
@ApiOkResponse({ type: TaskDetailDto })
@Controller('dispatch/tasks/:id')
export class TaskLifecycleController {
  constructor(private readonly rpc: RpcClient) {}

  @Post('assign')
  @HttpCode(200)
  @ApiAuth(...RUNS_THE_FLOOR)
  @ApiOperation({ summary: 'Give a PENDING job to a worker (with `reassign: true`, move an assigned or accepted job to another)' })
  assign(@Param() { id }: TaskIdDto, @Body() body: AssignTaskBodyDto, @CurrentActor() actor: Actor): Promise<TaskDetailDto> {
    return this.rpc.send(TaskPatterns.assign, actor, { id, ...body });
  }

  @Post('accept')
  @HttpCode(200)
  @ApiAuth(...DOES_THE_JOB)
  @ApiOperation({ summary: 'The assigned worker takes the job' })
  accept(@Param() { id }: TaskIdDto, @Body() body: TaskNoteBodyDto, @CurrentActor() actor: Actor): Promise<TaskDetailDto> {
    return this.rpc.send(TaskPatterns.accept, actor, { id, ...body });
  }

  @Post('decline')
  @HttpCode(200)
  @ApiAuth(...DOES_THE_JOB)
  @ApiOperation({ summary: 'The assigned worker gives the job back (reason required); it is PENDING again' })
  decline(@Param() { id }: TaskIdDto, @Body() body: TaskReasonBodyDto, @CurrentActor() actor: Actor): Promise<TaskDetailDto> {
    return this.rpc.send(TaskPatterns.decline, actor, { id, ...body });
  }

  @Post('start')
  @HttpCode(200)
  @ApiAuth(...DOES_THE_JOB)
  @ApiOperation({ summary: 'Picked up: who handed the patient or item over is required (handover record)' })
  start(@Param() { id }: TaskIdDto, @Body() body: StartTaskBodyDto, @CurrentActor() actor: Actor): Promise<TaskDetailDto> {
    return this.rpc.send(TaskPatterns.start, actor, { id, ...body });
  }

  @Post('complete')
  @HttpCode(200)
  @ApiAuth(...DOES_THE_JOB)
  @ApiOperation({ summary: 'Delivered: who received it is required (handover record)' })
  complete(@Param() { id }: TaskIdDto, @Body() body: CompleteTaskBodyDto, @CurrentActor() actor: Actor): Promise<TaskDetailDto> {
    return this.rpc.send(TaskPatterns.complete, actor, { id, ...body });
  }

  @Post('cancel')
  @HttpCode(200)
  @ApiAuth(...RUNS_THE_FLOOR)
  @ApiOperation({ summary: 'Cancel an open job (reason required)' })
  cancel(@Param() { id }: TaskIdDto, @Body() body: TaskReasonBodyDto, @CurrentActor() actor: Actor): Promise<TaskDetailDto> {
    return this.rpc.send(TaskPatterns.cancel, actor, { id, ...body });
  }
}
