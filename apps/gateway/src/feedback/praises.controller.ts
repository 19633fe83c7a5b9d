import { Body, Controller, Get, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags, ApiTooManyRequestsResponse, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { Actor, CreatePraiseDto, ListPraisesQueryDto, PraiseDto, PraisePageDto, PraisePatterns, ProblemDto, Role } from '@hospital/contracts';
import { RpcClient } from '@hospital/platform';
import { ApiAuth, ApiPublic, CurrentActor } from '../identity';
import { Idempotent } from '../http/idempotency';

const STAFF = [Role.DeskClerk, Role.Dispatcher, Role.Supervisor, Role.Manager, Role.Admin] as const;
const UNKNOWN_STAFF = { type: ProblemDto, description: 'An unknown staff member (UNKNOWN_STAFF, field staffIds)' };

/** Praise (表扬) naming staff or a department; it counts in the staff evaluation. */
@ApiTags('feedback')
@Controller('feedback/praises')
export class PraisesController {
  constructor(private readonly rpc: RpcClient) {}

  @Post()
  @ApiAuth(...STAFF)
  @ApiOperation({
    summary: 'Record praise received at the desk, by phone, in the opinion book, ...',
    description:
      'Desk clerks, dispatchers, supervisors, managers and admins, for praise received on any channel. Each staff ' +
      'member named gets the praise points on their evaluation ledger (+2 by default); every named staffId must be in ' +
      'the directory (422 UNKNOWN_STAFF).',
  })
  @ApiCreatedResponse({ type: PraiseDto })
  @ApiUnprocessableEntityResponse(UNKNOWN_STAFF)
  @Idempotent()
  create(@Body() dto: CreatePraiseDto, @CurrentActor() actor: Actor): Promise<PraiseDto> {
    return this.rpc.send(PraisePatterns.create, actor, dto);
  }

  @Post('public')
  @ApiPublic()
  @ApiOperation({ summary: 'For patients, no account: praise staff or a department (channel WEB or MOBILE)', description: 'Rate limited per IP (RATE_LIMIT_PUBLIC_PER_MINUTE).' })
  @ApiCreatedResponse({ type: PraiseDto })
  @ApiUnprocessableEntityResponse({ type: ProblemDto, description: 'A staff-only channel (BUSINESS_RULE), or an unknown staff member (UNKNOWN_STAFF)' })
  @ApiTooManyRequestsResponse({ type: ProblemDto, description: 'Too many submissions from this address (RATE_LIMITED)' })
  @Idempotent()
  createPublic(@Body() dto: CreatePraiseDto, @CurrentActor() actor: Actor): Promise<PraiseDto> {
    return this.rpc.send(PraisePatterns.create, actor, dto);
  }

  @Get()
  @ApiAuth(...STAFF)
  @ApiOperation({
    summary: 'List praise, newest first, optionally for one staff member',
    description:
      'Desk clerks, dispatchers, supervisors, managers and admins. Newest first, keyset-paged; `staffId` for the ' +
      'praise of one staff member.',
  })
  @ApiOkResponse({ type: PraisePageDto })
  list(@Query() query: ListPraisesQueryDto, @CurrentActor() actor: Actor): Promise<PraisePageDto> {
    return this.rpc.send(PraisePatterns.list, actor, query);
  }
}
