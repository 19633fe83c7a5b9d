import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiConflictResponse, ApiOkResponse, ApiOperation, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
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
  @ApiOperation({
    summary: 'Give a PENDING job to a worker (with `reassign: true`, move an assigned or accepted job to another)',
    description:
      'The floor. To a named worker (`workerId`: only checked to be active and under capacity, since dispatchers call ' +
      'people in and use cross-post cover) or to the best candidate (`auto: true`: on duty, in shift hours, holding ' +
      'the post the job type needs, in the job’s group, under capacity; least loaded, then longest idle; a STAT job ' +
      'tries other groups). The reason is the timeline note. An unknown worker is 404 STAFF_NOT_FOUND. Of two ' +
      'dispatchers assigning one job at once, one gets 200, the other 409.',
  })
  @ApiUnprocessableEntityResponse({ type: ProblemDto, description: 'The worker is inactive or at capacity (WORKER_UNAVAILABLE), or with auto: true nobody is eligible (NO_ELIGIBLE_WORKER)' })
  assign(@Param() { id }: TaskIdDto, @Body() body: AssignTaskBodyDto, @CurrentActor() actor: Actor): Promise<TaskDetailDto> {
    return this.rpc.send(TaskPatterns.assign, actor, { id, ...body });
  }

  @Post('accept')
  @HttpCode(200)
  @ApiAuth(...DOES_THE_JOB)
  @ApiOperation({
    summary: 'The assigned worker takes the job',
    description:
      'The assignee (403 NOT_ASSIGNEE for another worker), or the floor on their behalf. ASSIGNED → ACCEPTED; the ' +
      'response time in the KPIs runs from creation to this step.',
  })
  accept(@Param() { id }: TaskIdDto, @Body() body: TaskNoteBodyDto, @CurrentActor() actor: Actor): Promise<TaskDetailDto> {
    return this.rpc.send(TaskPatterns.accept, actor, { id, ...body });
  }

  @Post('decline')
  @HttpCode(200)
  @ApiAuth(...DOES_THE_JOB)
  @ApiOperation({
    summary: 'The assigned worker gives the job back (reason required); it is PENDING again',
    description:
      'The assignee (403 NOT_ASSIGNEE for another worker), or the floor. ASSIGNED → PENDING with the reason on the ' +
      'timeline, so the dispatcher assigns it again; an accepted job is moved with a reassignment instead.',
  })
  decline(@Param() { id }: TaskIdDto, @Body() body: TaskReasonBodyDto, @CurrentActor() actor: Actor): Promise<TaskDetailDto> {
    return this.rpc.send(TaskPatterns.decline, actor, { id, ...body });
  }

  @Post('start')
  @HttpCode(200)
  @ApiAuth(...DOES_THE_JOB)
  @ApiOperation({
    summary: 'Picked up: who handed the patient or item over is required (handover record)',
    description:
      'The assignee (403 NOT_ASSIGNEE for another worker), or the floor. ACCEPTED → IN_PROGRESS; `handedOverBy` names ' +
      'who gave the patient or item over at pick-up (the handover record of §3.7).',
  })
  start(@Param() { id }: TaskIdDto, @Body() body: StartTaskBodyDto, @CurrentActor() actor: Actor): Promise<TaskDetailDto> {
    return this.rpc.send(TaskPatterns.start, actor, { id, ...body });
  }

  @Post('complete')
  @HttpCode(200)
  @ApiAuth(...DOES_THE_JOB)
  @ApiOperation({
    summary: 'Delivered: who received it is required (handover record)',
    description:
      'The assignee (403 NOT_ASSIGNEE for another worker), or the floor. IN_PROGRESS → COMPLETED; `receivedBy` names ' +
      'who took the patient or item at delivery. A patient transport completed issues a survey invitation for the ' +
      'patient (GET /feedback/surveys/invitations?taskId=).',
  })
  complete(@Param() { id }: TaskIdDto, @Body() body: CompleteTaskBodyDto, @CurrentActor() actor: Actor): Promise<TaskDetailDto> {
    return this.rpc.send(TaskPatterns.complete, actor, { id, ...body });
  }

  @Post('cancel')
  @HttpCode(200)
  @ApiAuth(...RUNS_THE_FLOOR, Role.Integration)
  @ApiOperation({
    summary: 'Cancel an open job (reason required)',
    description:
      'The floor: any open job (SCHEDULED, PENDING, ASSIGNED, ACCEPTED, IN_PROGRESS) → CANCELLED with the reason on ' +
      'the timeline; cancellations are counted in the KPIs. The integration key that booked a job may withdraw it ' +
      'while it is SCHEDULED (another system’s job: 403 FORBIDDEN; once in the queue: 409).',
  })
  cancel(@Param() { id }: TaskIdDto, @Body() body: TaskReasonBodyDto, @CurrentActor() actor: Actor): Promise<TaskDetailDto> {
    return this.rpc.send(TaskPatterns.cancel, actor, { id, ...body });
  }

  @Post('release')
  @HttpCode(200)
  @ApiAuth(...RUNS_THE_FLOOR)
  @ApiOperation({
    summary: 'Put a booked job into the queue now, before its lead time',
    description:
      'The floor, when the patient or the item is ready early. SCHEDULED → PENDING with RELEASED on the timeline, ' +
      'as the release sweep does at `releaseAt`; the deadline stays the booked time. Integrations hear ' +
      '`dispatch.task.released`.',
  })
  release(@Param() { id }: TaskIdDto, @Body() body: TaskNoteBodyDto, @CurrentActor() actor: Actor): Promise<TaskDetailDto> {
    return this.rpc.send(TaskPatterns.release, actor, { id, ...body });
  }
}
