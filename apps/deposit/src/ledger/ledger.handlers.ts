import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { Actor, LedgerDayDto, LedgerDayQueryDto, LedgerPatterns } from '@hospital/contracts';
import { LedgerQueryService } from './ledger-query.service';

@Controller()
export class LedgerHandlers {
  constructor(private readonly ledger: LedgerQueryService) {}

  @MessagePattern(LedgerPatterns.day)
  day(@Payload('data') query: LedgerDayQueryDto, @Payload('actor') actor: Actor): Promise<LedgerDayDto> {
    return this.ledger.day(query, actor);
  }
}
