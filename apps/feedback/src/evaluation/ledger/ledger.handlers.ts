import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { Actor, EvaluationPatterns, StaffLedgerDto, StaffLedgerRequestDto } from '@hospital/contracts';
import { LedgerService } from './ledger.service';

@Controller()
export class LedgerHandlers {
  constructor(private readonly ledger: LedgerService) {}

  @MessagePattern(EvaluationPatterns.staffLedger)
  get(@Payload('data') req: StaffLedgerRequestDto, @Payload('actor') actor: Actor): Promise<StaffLedgerDto> {
    return this.ledger.staffLedger(req, actor);
  }
}
