import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor, LedgerDayDto, LedgerDayQueryDto, LedgerPatterns, Role } from '@hospital/contracts';
import { RpcClient } from '@hospital/platform';
import { ApiAuth, CurrentActor } from '../identity';

/** Supervisors, managers and admins reconcile every drawer; a desk clerk gets only the money they handled. */
const READS_LEDGER = [Role.DeskClerk, Role.Supervisor, Role.Manager, Role.Admin] as const;

@ApiTags('equipment')
@Controller('equipment/ledger')
export class LedgerController {
  constructor(private readonly rpc: RpcClient) {}

  @Get()
  @ApiAuth(...READS_LEDGER)
  @ApiOperation({
    summary:
      'A hospital day’s deposit money: taken, refunded, kept and net per desk, clerk and payment method, the cash the drawer ' +
      'should hold, and the entries. A desk clerk sees only their own entries.',
  })
  @ApiOkResponse({ type: LedgerDayDto })
  day(@Query() query: LedgerDayQueryDto, @CurrentActor() actor: Actor): Promise<LedgerDayDto> {
    return this.rpc.send(LedgerPatterns.day, actor, query);
  }
}
