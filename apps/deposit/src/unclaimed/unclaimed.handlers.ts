import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { Actor, DepositDisposalDto, DisposeDepositRequestDto, SweepOverdueBodyDto, SweepOverdueResultDto, UnclaimedPatterns } from '@hospital/contracts';
import { DisposalService } from './disposal.service';
import { UnclaimedSweep } from './unclaimed-sweep';

@Controller()
export class UnclaimedHandlers {
  constructor(
    private readonly sweep: UnclaimedSweep,
    private readonly disposal: DisposalService,
  ) {}

  @MessagePattern(UnclaimedPatterns.sweep)
  sweepOverdue(@Payload('data') body: SweepOverdueBodyDto, @Payload('actor') actor: Actor): Promise<SweepOverdueResultDto> {
    return this.sweep.sweepOnRequest(body, actor);
  }

  @MessagePattern(UnclaimedPatterns.dispose)
  dispose(@Payload('data') req: DisposeDepositRequestDto, @Payload('actor') actor: Actor): Promise<DepositDisposalDto> {
    return this.disposal.dispose(req, actor);
  }
}
