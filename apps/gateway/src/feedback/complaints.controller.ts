import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import {
  Actor,
  AssignComplaintBodyDto,
  ComplaintDto,
  ComplaintIdDto,
  ComplaintPageDto,
  ComplaintPatterns,
  ComplaintWithTimelineDto,
  CreateComplaintDto,
  ListComplaintsQueryDto,
  NoteBodyDto,
  ProblemDto,
  ReasonBodyDto,
  ReplyComplaintBodyDto,
  ResolveComplaintBodyDto,
  Role,
} from '@hospital/contracts';
import { RpcClient } from '@hospital/platform';
import { Audited, complainantInFull, personalPageRead, personalRead } from '../audit';
import { ApiAuth, ApiPublic, CurrentActor } from '../identity';
import { Idempotent } from '../http/idempotency';

/** Staff who take complaints on behalf of patients, and read them. */
const HANDLES_COMPLAINTS = [Role.DeskClerk, Role.Dispatcher, Role.Supervisor, Role.Manager, Role.Admin] as const;
/** Who may move a complaint along; the service further requires the owner, or a supervisor or manager (a manager to close). */
const WORKS_COMPLAINTS = [Role.DeskClerk, Role.Dispatcher, Role.Supervisor, Role.Manager] as const;
const OWNERSHIP = 'Only the owner, a supervisor or a manager (403 NOT_COMPLAINT_OWNER otherwise).';
const INVALID = { type: ProblemDto, description: 'Not allowed from the current status (INVALID_TRANSITION)' };

/** Complaints under first-contact ownership (首问负责制), with their clock and timeline. */
@ApiTags('feedback')
@Controller('feedback/complaints')
export class ComplaintsController {
  constructor(private readonly rpc: RpcClient) {}

  @Post()
  @ApiAuth(...HANDLES_COMPLAINTS)
  @ApiOperation({
    summary: 'Record a complaint on behalf of a patient: the recorder owns it (首问负责制) until they hand it over',
    description: 'A named staffId must be in the staff directory (422 UNKNOWN_STAFF naming staffId otherwise).',
  })
  @ApiCreatedResponse({ type: ComplaintDto })
  @ApiUnprocessableEntityResponse({ type: ProblemDto, description: 'Unknown staff member (UNKNOWN_STAFF, field staffId)' })
  @Idempotent()
  create(@Body() dto: CreateComplaintDto, @CurrentActor() actor: Actor): Promise<ComplaintDto> {
    return this.rpc.send(ComplaintPatterns.create, actor, dto);
  }

  @Post('public')
  @ApiPublic()
  @ApiOperation({
    summary: 'For patients, no account: file a complaint (channel WEB or MOBILE), anonymously if they wish',
    description:
      'Rate limited per IP (RATE_LIMIT_PUBLIC_PER_MINUTE). Nobody owns it yet: a supervisor or manager assigns it (POST .../assign). ' +
      'The answer shows the complaint number to quote; contact details come back masked.',
  })
  @ApiCreatedResponse({ type: ComplaintDto })
  @ApiUnprocessableEntityResponse({ type: ProblemDto, description: 'A staff-only channel (BUSINESS_RULE), or an unknown staff member (UNKNOWN_STAFF)' })
  @ApiTooManyRequestsResponse({ type: ProblemDto, description: 'Too many submissions from this address (RATE_LIMITED)' })
  @Idempotent()
  createPublic(@Body() dto: CreateComplaintDto, @CurrentActor() actor: Actor): Promise<ComplaintDto> {
    return this.rpc.send(ComplaintPatterns.create, actor, dto);
  }

  @Get()
  @ApiAuth(...HANDLES_COMPLAINTS)
  @ApiOperation({
    summary: 'List complaints, newest first, by status, overdue flag, owner (`none` for unowned) and staff member',
    description:
      'Desk clerks, dispatchers, supervisors, managers and admins. Filter by status, `overdue`, owner (`ownerId=none` ' +
      'for the unowned ones filed on the public route) and staff member; keyset-paged. The complainant’s contact is ' +
      'masked except for the owner, supervisors and managers.',
  })
  @ApiOkResponse({ type: ComplaintPageDto })
  @Audited('complaint.list', personalPageRead('complaint', complainantInFull))
  list(@Query() query: ListComplaintsQueryDto, @CurrentActor() actor: Actor): Promise<ComplaintPageDto> {
    return this.rpc.send(ComplaintPatterns.list, actor, query);
  }

  @Get(':id')
  @ApiAuth(...HANDLES_COMPLAINTS)
  @ApiOperation({
    summary: 'One complaint with its owner and timeline; contact in full only for the owner, supervisors and managers',
    description:
      'Desk clerks, dispatchers, supervisors, managers and admins. Every step is on the timeline (who, when, note); ' +
      'deadlines: acknowledge within COMPLAINT_ACK_HOURS (2 h when urgent or major), resolve within ' +
      'COMPLAINT_RESOLVE_WORKING_DAYS working days. Reads of the contact in full are in the audit log. An unknown id ' +
      'is 404 COMPLAINT_NOT_FOUND.',
  })
  @ApiOkResponse({ type: ComplaintWithTimelineDto })
  @ApiNotFoundResponse({ type: ProblemDto, description: 'No such complaint (COMPLAINT_NOT_FOUND)' })
  @Audited('complaint.read', personalRead('complaint', complainantInFull))
  get(@Param() params: ComplaintIdDto, @CurrentActor() actor: Actor): Promise<ComplaintWithTimelineDto> {
    return this.rpc.send(ComplaintPatterns.get, actor, params);
  }

  @Post(':id/acknowledge')
  @HttpCode(200)
  @ApiAuth(...WORKS_COMPLAINTS)
  @ApiOperation({ summary: 'RECEIVED → ACKNOWLEDGED', description: OWNERSHIP })
  @ApiOkResponse({ type: ComplaintDto })
  @ApiConflictResponse(INVALID)
  acknowledge(@Param() { id }: ComplaintIdDto, @Body() body: NoteBodyDto, @CurrentActor() actor: Actor): Promise<ComplaintDto> {
    return this.rpc.send(ComplaintPatterns.acknowledge, actor, { id, ...body });
  }

  @Post(':id/investigate')
  @HttpCode(200)
  @ApiAuth(...WORKS_COMPLAINTS)
  @ApiOperation({ summary: 'ACKNOWLEDGED → INVESTIGATING', description: OWNERSHIP })
  @ApiOkResponse({ type: ComplaintDto })
  @ApiConflictResponse(INVALID)
  investigate(@Param() { id }: ComplaintIdDto, @Body() body: NoteBodyDto, @CurrentActor() actor: Actor): Promise<ComplaintDto> {
    return this.rpc.send(ComplaintPatterns.investigate, actor, { id, ...body });
  }

  @Post(':id/assign')
  @HttpCode(200)
  @ApiAuth(...WORKS_COMPLAINTS)
  @ApiOperation({ summary: 'Hand the complaint to a named owner (user id), with the reason', description: OWNERSHIP })
  @ApiOkResponse({ type: ComplaintDto })
  @ApiConflictResponse({ type: ProblemDto, description: 'Closed (INVALID_TRANSITION) or already theirs (ALREADY_OWNER)' })
  assign(@Param() { id }: ComplaintIdDto, @Body() body: AssignComplaintBodyDto, @CurrentActor() actor: Actor): Promise<ComplaintDto> {
    return this.rpc.send(ComplaintPatterns.assign, actor, { id, ...body });
  }

  @Post(':id/resolve')
  @HttpCode(200)
  @ApiAuth(...WORKS_COMPLAINTS)
  @ApiOperation({ summary: 'INVESTIGATING → RESOLVED with the finding: valid or not, who and which department was at fault, corrective action', description: OWNERSHIP })
  @ApiOkResponse({ type: ComplaintDto })
  @ApiConflictResponse(INVALID)
  @ApiUnprocessableEntityResponse({ type: ProblemDto, description: 'Someone at fault on an invalid finding (BUSINESS_RULE), or unknown staff (UNKNOWN_STAFF)' })
  resolve(@Param() { id }: ComplaintIdDto, @Body() body: ResolveComplaintBodyDto, @CurrentActor() actor: Actor): Promise<ComplaintDto> {
    return this.rpc.send(ComplaintPatterns.resolve, actor, { id, ...body });
  }

  @Post(':id/reply')
  @HttpCode(200)
  @ApiAuth(...WORKS_COMPLAINTS)
  @ApiOperation({ summary: 'RESOLVED → REPLIED: what the complainant was told, by which channel', description: OWNERSHIP })
  @ApiOkResponse({ type: ComplaintDto })
  @ApiConflictResponse(INVALID)
  reply(@Param() { id }: ComplaintIdDto, @Body() body: ReplyComplaintBodyDto, @CurrentActor() actor: Actor): Promise<ComplaintDto> {
    return this.rpc.send(ComplaintPatterns.reply, actor, { id, ...body });
  }

  @Post(':id/close')
  @HttpCode(200)
  @ApiAuth(...WORKS_COMPLAINTS)
  @ApiOperation({ summary: 'REPLIED → CLOSED', description: 'Only the owner or a manager (403 NOT_COMPLAINT_OWNER otherwise).' })
  @ApiOkResponse({ type: ComplaintDto })
  @ApiConflictResponse(INVALID)
  close(@Param() { id }: ComplaintIdDto, @Body() body: NoteBodyDto, @CurrentActor() actor: Actor): Promise<ComplaintDto> {
    return this.rpc.send(ComplaintPatterns.close, actor, { id, ...body });
  }

  @Post(':id/escalate')
  @HttpCode(200)
  @ApiAuth(...WORKS_COMPLAINTS)
  @ApiOperation({ summary: 'Escalate to a manager (flag and reason; the status is unchanged)', description: OWNERSHIP })
  @ApiOkResponse({ type: ComplaintDto })
  @ApiConflictResponse({ type: ProblemDto, description: 'Closed or already escalated (INVALID_TRANSITION)' })
  escalate(@Param() { id }: ComplaintIdDto, @Body() body: ReasonBodyDto, @CurrentActor() actor: Actor): Promise<ComplaintDto> {
    return this.rpc.send(ComplaintPatterns.escalate, actor, { id, ...body });
  }

  @Post(':id/reopen')
  @HttpCode(200)
  @ApiAuth(...WORKS_COMPLAINTS)
  @ApiOperation({ summary: 'The complainant is not satisfied: REPLIED or CLOSED → INVESTIGATING, with the reason', description: OWNERSHIP })
  @ApiOkResponse({ type: ComplaintDto })
  @ApiConflictResponse(INVALID)
  reopen(@Param() { id }: ComplaintIdDto, @Body() body: ReasonBodyDto, @CurrentActor() actor: Actor): Promise<ComplaintDto> {
    return this.rpc.send(ComplaintPatterns.reopen, actor, { id, ...body });
  }
}
