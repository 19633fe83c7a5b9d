import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  Actor,
  FollowUpComplaintBodyDto,
  FollowUpComplaintResultDto,
  FollowUpDto,
  FollowUpIdDto,
  FollowUpOutcomeBodyDto,
  FollowUpPageDto,
  FollowUpPatterns,
  ListFollowUpsQueryDto,
  PlanFollowUpDto,
  ProblemDto,
  Role,
} from '@hospital/contracts';
import { RpcClient } from '@hospital/platform';
import { Audited, followUpPatientInFull, personalPageRead } from '../audit';
import { ApiAuth, CurrentActor } from '../identity';
import { Idempotent } from '../http/idempotency';

/** The service desk makes the calls; supervisors and managers oversee them. */
const CALLS = [Role.DeskClerk, Role.Supervisor, Role.Manager, Role.Admin] as const;

/** Follow-up calls (回访) to discharged patients. */
@ApiTags('feedback')
@Controller('feedback/follow-ups')
export class FollowUpsController {
  constructor(private readonly rpc: RpcClient) {}

  @Post()
  @ApiAuth(...CALLS)
  @ApiOperation({
    summary: 'Plan a follow-up call to a discharged patient: due day and channel (PHONE by default)',
    description:
      'Desk clerks, supervisors, managers and admins. The patient’s name and phone, the day of discharge and the day ' +
      'the call is due; it shows as due from that day (GET /feedback/follow-ups?due=true) and overdue after it.',
  })
  @ApiCreatedResponse({ type: FollowUpDto })
  @Idempotent()
  plan(@Body() dto: PlanFollowUpDto, @CurrentActor() actor: Actor): Promise<FollowUpDto> {
    return this.rpc.send(FollowUpPatterns.plan, actor, dto);
  }

  @Get()
  @ApiAuth(...CALLS)
  @ApiOperation({
    summary: 'List follow-ups, newest first: `due=true` for open calls due today or earlier, `overdue=true` for those past their day',
    description: 'Patient name and phone masked except for supervisors and managers.',
  })
  @ApiOkResponse({ type: FollowUpPageDto })
  @Audited('follow_up.list', personalPageRead('follow_up', followUpPatientInFull))
  list(@Query() query: ListFollowUpsQueryDto, @CurrentActor() actor: Actor): Promise<FollowUpPageDto> {
    return this.rpc.send(FollowUpPatterns.list, actor, query);
  }

  @Post(':id/outcome')
  @HttpCode(200)
  @ApiAuth(...CALLS)
  @ApiOperation({
    summary: 'Record the call: reached or not; when reached, satisfied and any issues. An unreached call may be tried again.',
    description:
      'Desk clerks, supervisors, managers and admins. Unreached: the call stays open (UNREACHED) for another attempt, ' +
      'and the attempts are counted. Reached: COMPLETED with whether the patient was satisfied and the issues they ' +
      'raised; an issue becomes a complaint with POST /feedback/follow-ups/{id}/complaint. A completed call is 409 ' +
      'INVALID_TRANSITION.',
  })
  @ApiOkResponse({ type: FollowUpDto })
  @ApiNotFoundResponse({ type: ProblemDto, description: 'No such follow-up (FOLLOW_UP_NOT_FOUND)' })
  @ApiConflictResponse({ type: ProblemDto, description: 'The call was completed already (INVALID_TRANSITION)' })
  recordOutcome(@Param() { id }: FollowUpIdDto, @Body() body: FollowUpOutcomeBodyDto, @CurrentActor() actor: Actor): Promise<FollowUpDto> {
    return this.rpc.send(FollowUpPatterns.recordOutcome, actor, { id, ...body });
  }

  @Post(':id/complaint')
  @ApiAuth(...CALLS)
  @ApiOperation({
    summary: 'Turn an issue raised on the call into a complaint in one step (channel FOLLOW_UP, the patient as complainant, the caller as owner), linked both ways',
    description:
      'Desk clerks, supervisors, managers and admins. Only on a call recorded as reached (409 INVALID_TRANSITION ' +
      'otherwise), once per call (409 COMPLAINT_ALREADY_RAISED). The complaint then runs its own life with its ' +
      'deadlines and first-contact ownership.',
  })
  @ApiCreatedResponse({ type: FollowUpComplaintResultDto })
  @ApiConflictResponse({ type: ProblemDto, description: 'The call is not recorded as reached (INVALID_TRANSITION), or a complaint was raised from it already (COMPLAINT_ALREADY_RAISED)' })
  @Idempotent()
  raiseComplaint(@Param() { id }: FollowUpIdDto, @Body() body: FollowUpComplaintBodyDto, @CurrentActor() actor: Actor): Promise<FollowUpComplaintResultDto> {
    return this.rpc.send(FollowUpPatterns.raiseComplaint, actor, { id, ...body });
  }
}
