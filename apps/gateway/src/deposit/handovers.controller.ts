import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
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
    description: 'Compared with what the desk holds; a different count, or a tag missing or extra, is recorded as DISCREPANCY until a supervisor resolves it.',
  })
  @ApiCreatedResponse({ type: HandoverDto })
  @Idempotent()
  create(@Body() dto: CreateHandoverDto, @CurrentActor() actor: Actor): Promise<HandoverDto> {
    return this.rpc.send(HandoverPatterns.create, actor, dto);
  }

  @Get()
  @ApiAuth(...READS_HANDOVERS)
  @ApiOperation({ summary: 'List handovers, newest first, by desk, status (DISCREPANCY: still unresolved) and time range' })
  @ApiOkResponse({ type: HandoverPageDto })
  list(@Query() query: ListHandoversQueryDto, @CurrentActor() actor: Actor): Promise<HandoverPageDto> {
    return this.rpc.send(HandoverPatterns.list, actor, query);
  }

  @Get(':id')
  @ApiAuth(...READS_HANDOVERS)
  @ApiOperation({ summary: 'Get one handover' })
  @ApiOkResponse({ type: HandoverDto })
  get(@Param() params: HandoverIdDto, @CurrentActor() actor: Actor): Promise<HandoverDto> {
    return this.rpc.send(HandoverPatterns.get, actor, params);
  }

  @Post(':id/confirm')
  @HttpCode(200)
  @ApiAuth(...AT_THE_DESK)
  @ApiOperation({
    summary: 'The incoming clerk named on the handover (and nobody else) confirms taking the desk over',
    description: 'Anyone else gets 403 NOT_INCOMING_CLERK.',
  })
  @ApiOkResponse({ type: HandoverDto })
  @ApiConflictResponse({ type: ProblemDto, description: 'Already confirmed (INVALID_TRANSITION)' })
  confirm(@Param() params: HandoverIdDto, @CurrentActor() actor: Actor): Promise<HandoverDto> {
    return this.rpc.send(HandoverPatterns.confirm, actor, params);
  }

  @Post(':id/resolve')
  @HttpCode(200)
  @ApiAuth(Role.Supervisor)
  @ApiOperation({ summary: 'A supervisor records what they found about a DISCREPANCY; it becomes RESOLVED' })
  @ApiOkResponse({ type: HandoverDto })
  @ApiConflictResponse({ type: ProblemDto, description: 'The handover is not a DISCREPANCY (INVALID_TRANSITION)' })
  resolve(@Param() { id }: HandoverIdDto, @Body() body: ResolveHandoverBodyDto, @CurrentActor() actor: Actor): Promise<HandoverDto> {
    return this.rpc.send(HandoverPatterns.resolve, actor, { id, ...body });
  }
}
