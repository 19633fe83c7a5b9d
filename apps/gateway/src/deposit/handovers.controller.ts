import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiForbiddenResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  Actor,
  CreateHandoverDto,
  HandoverDto,
  HandoverIdDto,
  HandoverPageDto,
  HandoverPatterns,
  ListHandoversQueryDto,
  ProblemDto,
  ResolveHandoverBodyDto,
  Role,
  } from '@hospital/contracts';
import { RpcClient } from '@hospital/platform';
import { Idempotent } from '../http/idempotency';
import { ApiAuth, CurrentActor } from '../identity';

const AT_THE_DESK = [Role.DeskClerk, Role.Supervisor] as const;
const READS_HANDOVERS = [Role.DeskClerk, Role.Supervisor, Role.Manager, Role.Admin] as const;

/**
 * Shift handover (交接班). Registered in DepositHttpModule before the deposits controller, so
 * `/deposits/handovers` is this resource and never taken for a deposit id.
 */
@ApiTags('deposit')
@Controller('deposits/handovers')
export class HandoversController {
  constructor(private readonly rpc: RpcClient) {}

  @Post()
  @ApiAuth(...AT_THE_DESK)
  @ApiOperation({
    summary: 'Hand the desk over: the outgoing clerk (the caller) enters the count and tag numbers on hand',
    description:
      'A handover is between staff members: the outgoing clerk is the staff member the caller’s account is linked to, and incomingClerkId names the clerk taking over by staff id (not a user id). ' +
      'Compared with what the desk holds; a different count, or a tag missing or extra, is recorded as DISCREPANCY until a supervisor resolves it, ' +
      'and is booked in the outgoing clerk’s evaluation ledger (GET /evaluation/staff/{staffId}/ledger).',
  })
  @ApiCreatedResponse({ type: HandoverDto })
  @ApiForbiddenResponse({ type: ProblemDto, description: 'The caller’s account is not linked to a staff member (NOT_LINKED_TO_STAFF); nothing is recorded' })
  @Idempotent()
  create(@Body() dto: CreateHandoverDto, @CurrentActor() actor: Actor): Promise<HandoverDto> {
    return this.rpc.send(HandoverPatterns.create, actor, dto);
  }

  @Get()
  @ApiAuth(...READS_HANDOVERS)
  @ApiOperation({
    summary: 'List handovers, newest first, by desk, status (DISCREPANCY: still unresolved) and time range',
    description:
      'Desk clerks, supervisors, managers and admins. `status=DISCREPANCY` lists those a supervisor still has to ' +
      'resolve; filter by desk and the half-open range [from, to). Keyset-paged.',
  })
  @ApiOkResponse({ type: HandoverPageDto })
  list(@Query() query: ListHandoversQueryDto, @CurrentActor() actor: Actor): Promise<HandoverPageDto> {
    return this.rpc.send(HandoverPatterns.list, actor, query);
  }

  @Get(':id')
  @ApiAuth(...READS_HANDOVERS)
  @ApiOperation({
    summary: 'Get one handover',
    description:
      'Desk clerks, supervisors, managers and admins: the counts and tags as entered, what the records expected, the ' +
      'missing and extra tags, confirmation and resolution. An unknown id is 404 HANDOVER_NOT_FOUND.',
  })
  @ApiOkResponse({ type: HandoverDto })
  get(@Param() params: HandoverIdDto, @CurrentActor() actor: Actor): Promise<HandoverDto> {
    return this.rpc.send(HandoverPatterns.get, actor, params);
  }

  @Post(':id/confirm')
  @HttpCode(200)
  @ApiAuth(...AT_THE_DESK)
  @ApiOperation({
    summary: 'The incoming clerk named on the handover (and nobody else) confirms taking the desk over',
    description: 'The caller’s linked staff member must be the handover’s incomingClerkId; anyone else gets 403 NOT_INCOMING_CLERK.',
  })
  @ApiOkResponse({ type: HandoverDto })
  @ApiForbiddenResponse({
    type: ProblemDto,
    description: 'Not the incoming clerk named on it (NOT_INCOMING_CLERK), or an account not linked to a staff member (NOT_LINKED_TO_STAFF)',
  })
  @ApiConflictResponse({ type: ProblemDto, description: 'Already confirmed (INVALID_TRANSITION)' })
  confirm(@Param() params: HandoverIdDto, @CurrentActor() actor: Actor): Promise<HandoverDto> {
    return this.rpc.send(HandoverPatterns.confirm, actor, params);
  }

  @Post(':id/resolve')
  @HttpCode(200)
  @ApiAuth(Role.Supervisor)
  @ApiOperation({
    summary: 'A supervisor records what they found about a DISCREPANCY; it becomes RESOLVED, with resolvedBy the supervisor’s user id',
    description:
      'Supervisors only. Records what the discrepancy turned out to be (DISCREPANCY → RESOLVED); the points booked on ' +
      'the outgoing clerk’s evaluation ledger for the discrepancy stay. Any other status is 409 INVALID_TRANSITION.',
  })
  @ApiOkResponse({ type: HandoverDto })
  @ApiConflictResponse({ type: ProblemDto, description: 'The handover is not a DISCREPANCY (INVALID_TRANSITION)' })
  resolve(@Param() { id }: HandoverIdDto, @Body() body: ResolveHandoverBodyDto, @CurrentActor() actor: Actor): Promise<HandoverDto> {
    return this.rpc.send(HandoverPatterns.resolve, actor, { id, ...body });
  }
}
