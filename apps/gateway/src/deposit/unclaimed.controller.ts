import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiConflictResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  Actor,
  DepositDisposalDto,
  DepositIdDto,
  DisposeDepositBodyDto,
  ProblemDto,
  Role,
  SweepOverdueBodyDto,
  SweepOverdueResultDto,
  UnclaimedPatterns,
} from '@hospital/contracts';
import { RpcClient } from '@hospital/platform';
import { ApiAuth, CurrentActor } from '../identity';

/** The 3-day rule (docs/domain.md §4.7): what is not claimed becomes unclaimed property and leaves only by a disposal record. */
@ApiTags('deposit')
@Controller('deposits')
export class UnclaimedController {
  constructor(private readonly rpc: RpcClient) {}

  @Post('sweep-overdue')
  @HttpCode(200)
  @ApiAuth(Role.Admin)
  @ApiOperation({
    summary: 'Run the unclaimed sweep now (it also runs on a timer): deposits older than the limit (3 days) become UNCLAIMED',
    description: 'With `asOf`, as of that instant; a future instant previews and forces the rule. Deposits already marked are not counted again.',
  })
  @ApiOkResponse({ type: SweepOverdueResultDto })
  sweepOverdue(@Body() body: SweepOverdueBodyDto, @CurrentActor() actor: Actor): Promise<SweepOverdueResultDto> {
    return this.rpc.send(UnclaimedPatterns.sweep, actor, body);
  }

  @Post(':id/dispose')
  @HttpCode(200)
  @ApiAuth(Role.Supervisor)
  @ApiOperation({
    summary: 'Hand an UNCLAIMED deposit to lost property or security, with a note: it becomes DISPOSED and its tag is free',
    description:
      'Supervisors only (§4.7). An unclaimed deposit leaves the desk only this way: to LOST_PROPERTY or SECURITY, ' +
      'with who, when and a note, which frees its tag for the next check-in. A deposit that is not UNCLAIMED is 409 ' +
      'INVALID_TRANSITION.',
  })
  @ApiOkResponse({ type: DepositDisposalDto })
  @ApiConflictResponse({ type: ProblemDto, description: 'The deposit is not UNCLAIMED (INVALID_TRANSITION)' })
  dispose(@Param() { id }: DepositIdDto, @Body() body: DisposeDepositBodyDto, @CurrentActor() actor: Actor): Promise<DepositDisposalDto> {
    return this.rpc.send(UnclaimedPatterns.dispose, actor, { id, ...body });
  }
}
