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
    description:
      'Desk clerks (their own entries only), supervisors, managers and admins (§4.15). The ledger is append-only: ' +
      'every movement is a signed row from the drawer’s side (DEPOSIT_TAKEN +, REFUND −, DEDUCTION + with no money ' +
      'moving). The day and `date` are in the hospital time zone; cash expected = cash taken − cash refunded.',
  })
  @ApiOkResponse({ type: LedgerDayDto })
  day(@Query() query: LedgerDayQueryDto, @CurrentActor() actor: Actor): Promise<LedgerDayDto> {
    return this.rpc.send(LedgerPatterns.day, actor, query);
  }
}
