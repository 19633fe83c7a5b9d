import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiResponse,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import {
  Actor,
  CheckInDepositDto,
  ClaimDepositBodyDto,
  DepositDto,
  DepositIdDto,
  DepositLookupDto,
  DepositPageDto,
  DepositPatterns,
  DepositTicketDto,
  ListDepositsQueryDto,
  LookupDepositQueryDto,
  ProblemDto,
  Role,
  } from '@hospital/contracts';
import { RpcClient } from '@hospital/platform';
import { Audited, depositorInFull, personalPageRead, personalRead } from '../audit';
import { Idempotent } from '../http/idempotency';
import { ApiAuth, ApiPublic, CurrentActor } from '../identity';

/** The desk's day-to-day work; supervisors approve proxies and unlock, admins may stand in. */
const WORKS_THE_DESK = [Role.DeskClerk, Role.Supervisor, Role.Admin] as const;
/** Nobody else sees depositors' personal data: dispatchers, workers and inspectors have no business at the desk (docs/domain.md §4.11). */
const READS_DEPOSITS = [Role.DeskClerk, Role.Supervisor, Role.Manager, Role.Admin] as const;

/** Storage (寄存): check-in with a ticket, three ways to claim, the lost ticket, the lock, the look-ups. */
@ApiTags('deposit')
@Controller('deposits')
export class DepositsController {
  constructor(private readonly rpc: RpcClient) {}

  @Post()
  @ApiAuth(...WORKS_THE_DESK)
  @ApiOperation({
    summary: 'Check items in: the lowest free tag of the desk (or the one named), a place, and a ticket with a pickup code shown only here',
    description:
      'Refused with 422 PROHIBITED_ITEM naming the category (flammable, explosive, corrosive, toxic, radioactive, firearms, animals, food, valuables). ' +
      'A retry with the same Idempotency-Key returns the same deposit with a new pickup code (the first is never stored, so it cannot be repeated).',
  })
  @ApiCreatedResponse({ type: DepositTicketDto })
  @ApiConflictResponse({ type: ProblemDto, description: 'The tag named is in use (TAG_IN_USE) or every tag of the desk is (NO_FREE_TAG)' })
  @ApiUnprocessableEntityResponse({ type: ProblemDto, description: 'A prohibited category was declared (PROHIBITED_ITEM)' })
  @Idempotent()
  checkIn(@Body() dto: CheckInDepositDto, @CurrentActor() actor: Actor): Promise<DepositTicketDto> {
    return this.rpc.send(DepositPatterns.checkIn, actor, dto);
  }

  @Get()
  @ApiAuth(...READS_DEPOSITS)
  @ApiOperation({
    summary: "List deposits, newest first, by tag, status, desk, day of check-in (hospital time zone) and name or ticket number",
    description: 'Names in full for every role allowed here; the phone in full for supervisors, managers and admins, masked for clerks. Never the ID number.',
  })
  @ApiOkResponse({ type: DepositPageDto })
  @Audited('deposit.list', personalPageRead('deposit', depositorInFull))
  list(@Query() query: ListDepositsQueryDto, @CurrentActor() actor: Actor): Promise<DepositPageDto> {
    return this.rpc.send(DepositPatterns.list, actor, query);
  }

  // Before ':id', which would otherwise take "lookup" for an id.
  @Get('lookup')
  @ApiPublic()
  @ApiOperation({
    summary: 'For visitors, no account: the status of a deposit by its pickup code (status, desk, day, tag; no personal data)',
    description: 'Rate limited per IP like login (RATE_LIMIT_PUBLIC_PER_MINUTE). An unknown code is 404.',
  })
  @ApiOkResponse({ type: DepositLookupDto })
  @ApiNotFoundResponse({ type: ProblemDto, description: 'No deposit has this code (DEPOSIT_NOT_FOUND)' })
  @ApiTooManyRequestsResponse({ type: ProblemDto, description: 'Too many look-ups from this address (RATE_LIMITED)' })
  lookup(@Query() query: LookupDepositQueryDto, @CurrentActor() actor: Actor): Promise<DepositLookupDto> {
    return this.rpc.send(DepositPatterns.lookup, actor, query);
  }

  @Get(':id')
  @ApiAuth(...READS_DEPOSITS)
  @ApiOperation({
    summary: 'One deposit with its whole record (masking as in the list)',
    description:
      'Desk clerks, supervisors, managers and admins. Depositor’s name in full for all of them (clerks must recognise ' +
      'people), the phone masked for clerks; never the ID number (its last four only) nor the pickup code. Reads in ' +
      'full are in the audit log. An unknown id is 404 DEPOSIT_NOT_FOUND.',
  })
  @ApiOkResponse({ type: DepositDto })
  @ApiNotFoundResponse({ type: ProblemDto, description: 'DEPOSIT_NOT_FOUND' })
  @Audited('deposit.read', personalRead('deposit', depositorInFull))
  get(@Param() params: DepositIdDto, @CurrentActor() actor: Actor): Promise<DepositDto> {
    return this.rpc.send(DepositPatterns.get, actor, params);
  }

  @Post(':id/claim')
  @HttpCode(200)
  @ApiAuth(...WORKS_THE_DESK)
  @ApiOperation({
    summary: 'Hand the items back: by pickup code, by ID number after a lost-ticket report, or to a proxy (made by a supervisor, recorded as approver)',
    description:
      'A wrong code or ID number is 403 CLAIM_REFUSED and counts; at the limit (5) the deposit locks and claims get 423 DEPOSIT_LOCKED until a supervisor unlocks it.',
  })
  @ApiOkResponse({ type: DepositDto })
  @ApiForbiddenResponse({ type: ProblemDto, description: 'Wrong code or ID number (CLAIM_REFUSED), or a proxy claim not made by a supervisor (SUPERVISOR_REQUIRED)' })
  @ApiConflictResponse({ type: ProblemDto, description: 'Already released, unclaimed or disposed, or no lost-ticket report yet (INVALID_TRANSITION)' })
  @ApiUnprocessableEntityResponse({ type: ProblemDto, description: 'Lost ticket without descriptionConfirmed: true (BUSINESS_RULE)' })
  @ApiResponse({ status: 423, type: ProblemDto, description: 'Locked after too many wrong codes (DEPOSIT_LOCKED)' })
  claim(@Param() { id }: DepositIdDto, @Body() body: ClaimDepositBodyDto, @CurrentActor() actor: Actor): Promise<DepositDto> {
    return this.rpc.send(DepositPatterns.claim, actor, { id, ...body });
  }

  @Post(':id/report-lost')
  @HttpCode(200)
  @ApiAuth(...WORKS_THE_DESK)
  @ApiOperation({
    summary: 'Record a lost ticket (挂失): its pickup code stops working at once',
    description:
      'Desk clerks, supervisors and admins, when a depositor lost the ticket (挂失): STORED → TICKET_LOST and the ' +
      'pickup code is dead. The items are then claimed with the depositor’s ID number and the clerk’s confirmation ' +
      'that the description matches (POST /deposits/{id}/claim, LOST_TICKET). A LOCKED deposit is 423 until a ' +
      'supervisor unlocks it.',
  })
  @ApiOkResponse({ type: DepositDto })
  @ApiConflictResponse({ type: ProblemDto, description: 'The deposit is not STORED (INVALID_TRANSITION)' })
  @ApiResponse({ status: 423, type: ProblemDto, description: 'Locked: a supervisor must unlock it first (DEPOSIT_LOCKED)' })
  reportLost(@Param() params: DepositIdDto, @CurrentActor() actor: Actor): Promise<DepositDto> {
    return this.rpc.send(DepositPatterns.reportLost, actor, params);
  }

  @Post(':id/unlock')
  @HttpCode(200)
  @ApiAuth(Role.Supervisor)
  @ApiOperation({
    summary: 'Unlock a deposit locked by wrong codes: the count starts again, the status is STORED (or TICKET_LOST)',
    description:
      'Supervisors only. After DEPOSIT_MAX_WRONG_CODES refused claims (5) the deposit is LOCKED; unlocking sets the ' +
      'count of wrong codes to zero and puts it back to STORED, or TICKET_LOST if the ticket was reported lost. A ' +
      'deposit that is not LOCKED is 409 INVALID_TRANSITION.',
  })
  @ApiOkResponse({ type: DepositDto })
  @ApiConflictResponse({ type: ProblemDto, description: 'The deposit is not LOCKED (INVALID_TRANSITION)' })
  unlock(@Param() params: DepositIdDto, @CurrentActor() actor: Actor): Promise<DepositDto> {
    return this.rpc.send(DepositPatterns.unlock, actor, params);
  }
}
