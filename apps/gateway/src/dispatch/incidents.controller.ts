import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import {
  Actor,
  ConfirmIncidentBodyDto,
  DismissIncidentBodyDto,
  IncidentDto,
  IncidentIdDto,
  IncidentListDto,
  IncidentPageDto,
  IncidentPatterns,
  IncidentQueryDto,
  ListIncidentsQueryDto,
  ProblemDto,
  ReportIncidentBodyDto,
  Role,
  TaskIdDto,
} from '@hospital/contracts';
import { RpcClient } from '@hospital/platform';
import { Idempotent } from '../http/idempotency';
import { ApiAuth, CurrentActor } from '../identity';

/** Anyone on the floor reports a mistake at once (a worker on the jobs they carried); supervisors and inspectors read them. */
const REPORTS = [Role.Admin, Role.Manager, Role.Dispatcher, Role.Worker, Role.Supervisor] as const;
const READS = [Role.Admin, Role.Manager, Role.Dispatcher, Role.Supervisor, Role.Inspector] as const;
/** Who decides whether a worker's report about a colleague stands. */
const REVIEWS = [Role.Dispatcher, Role.Supervisor, Role.Manager] as const;

const NOT_PENDING = 'The incident is CONFIRMED or DISMISSED already: only a PENDING one is decided, once (INCIDENT_NOT_PENDING)';

@ApiTags('dispatch')
@Controller('dispatch')
export class IncidentsController {
  constructor(private readonly rpc: RpcClient) {}

  @Post('tasks/:id/incidents')
  @ApiAuth(...REPORTS)
  @ApiOperation({
    summary: 'Report an incident (差错) on a job: delay, damaged or lost specimen, fall, ... with the staff involved',
    description:
      'A worker reports only on a job they carried (its assignee, or assigned to it earlier). ' +
      'The floor’s report (dispatcher, supervisor, manager, admin), or a worker’s naming only themselves, is CONFIRMED and counts in evaluation at once; ' +
      'a worker’s naming anyone else is PENDING until a dispatcher, supervisor or manager confirms or dismisses it.',
  })
  @ApiCreatedResponse({ type: IncidentDto })
  @ApiBadRequestResponse({ type: ProblemDto, description: 'Invalid fields (VALIDATION_FAILED)' })
  @ApiForbiddenResponse({ type: ProblemDto, description: 'A worker on a job never assigned to them, or without a staff record (NOT_TASK_CARRIER); nothing is recorded' })
  @ApiNotFoundResponse({ type: ProblemDto, description: 'No such job (TASK_NOT_FOUND), or an unknown staff member in staffIds (STAFF_NOT_FOUND)' })
  @Idempotent()
  report(
    @Param() { id }: TaskIdDto,
    @Body() body: ReportIncidentBodyDto,
    @CurrentActor() actor: Actor,
  ): Promise<IncidentDto> {
    return this.rpc.send(IncidentPatterns.report, actor, { id, ...body });
  }

  @Get('tasks/:id/incidents')
  @ApiAuth(...READS)
  @ApiOperation({
    summary: 'The incidents reported on a job, oldest first; `status=PENDING` for those waiting for a decision',
    description:
      'The floor, supervisors and inspectors. Each incident with its kind, severity, the staff involved, who ' +
      'reported, confirmed or dismissed it and when. An unknown job is 404 TASK_NOT_FOUND.',
  })
  @ApiOkResponse({ type: IncidentListDto })
  @ApiBadRequestResponse({ type: ProblemDto, description: 'id is not a UUID, or an unknown status (VALIDATION_FAILED)' })
  @ApiNotFoundResponse({ type: ProblemDto, description: 'No such job (TASK_NOT_FOUND)' })
  list(@Param() { id }: TaskIdDto, @Query() query: ListIncidentsQueryDto, @CurrentActor() actor: Actor): Promise<IncidentListDto> {
    return this.rpc.send(IncidentPatterns.listForTask, actor, { id, ...query });
  }

  @Get('incidents')
  @ApiAuth(...READS)
  @ApiOperation({
    summary: "The center's incidents, newest first; `status=PENDING` is the queue of reports about colleagues waiting for a decision",
    description:
      'The floor, supervisors and inspectors. Filter by `status` and `group`; keyset-paged. A dispatcher, supervisor ' +
      'or manager works the PENDING queue with POST /dispatch/incidents/{id}/confirm or /dismiss; only confirmed ' +
      'incidents count in evaluation and in the accuracy KPI.',
  })
  @ApiOkResponse({ type: IncidentPageDto })
  @ApiBadRequestResponse({ type: ProblemDto, description: 'An unknown status or group, or a bad limit or cursor (VALIDATION_FAILED, INVALID_CURSOR)' })
  search(@Query() query: IncidentQueryDto, @CurrentActor() actor: Actor): Promise<IncidentPageDto> {
    return this.rpc.send(IncidentPatterns.search, actor, query);
  }

  @Post('incidents/:id/confirm')
  @HttpCode(200)
  @ApiAuth(...REVIEWS)
  @ApiOperation({
    summary: 'Confirm a PENDING incident (a worker’s report naming a colleague): it counts in evaluation from now on, filed when it was reported',
    description:
      'Who confirmed it and when are kept on the incident, with the optional note. Of two people confirming at once, one wins; the other gets 409. ' +
      'Nobody decides on a report naming them (403 FORBIDDEN): another dispatcher, supervisor or manager does.',
  })
  @ApiOkResponse({ type: IncidentDto })
  @ApiBadRequestResponse({ type: ProblemDto, description: 'id is not a UUID, or an invalid note (VALIDATION_FAILED)' })
  @ApiNotFoundResponse({ type: ProblemDto, description: 'No such incident (INCIDENT_NOT_FOUND)' })
  @ApiConflictResponse({ type: ProblemDto, description: NOT_PENDING })
  confirm(@Param() { id }: IncidentIdDto, @Body() body: ConfirmIncidentBodyDto, @CurrentActor() actor: Actor): Promise<IncidentDto> {
    return this.rpc.send(IncidentPatterns.confirm, actor, { id, ...body });
  }

  @Post('incidents/:id/dismiss')
  @HttpCode(200)
  @ApiAuth(...REVIEWS)
  @ApiOperation({
    summary: 'Dismiss a PENDING incident with a reason: it never counts in evaluation',
    description: 'Who dismissed it, when and why are kept on the incident. Nobody decides on a report naming them (403 FORBIDDEN).',
  })
  @ApiOkResponse({ type: IncidentDto })
  @ApiBadRequestResponse({ type: ProblemDto, description: 'id is not a UUID, or reason missing or empty (VALIDATION_FAILED)' })
  @ApiNotFoundResponse({ type: ProblemDto, description: 'No such incident (INCIDENT_NOT_FOUND)' })
  @ApiConflictResponse({ type: ProblemDto, description: NOT_PENDING })
  dismiss(@Param() { id }: IncidentIdDto, @Body() body: DismissIncidentBodyDto, @CurrentActor() actor: Actor): Promise<IncidentDto> {
    return this.rpc.send(IncidentPatterns.dismiss, actor, { id, ...body });
  }
}
