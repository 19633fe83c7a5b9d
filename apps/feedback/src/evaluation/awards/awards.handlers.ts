import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { Actor, EvaluationPatterns, PeriodAwardsDto, PeriodParamDto, QuarterParamDto } from '@hospital/contracts';
import { Idempotency, IdempotentRequest } from '@hospital/platform';
import { AwardsService } from './awards.service';
import { ScoresCsvService } from './scores-csv.service';

@Controller()
export class AwardsHandlers {
  constructor(
    private readonly awards: AwardsService,
    private readonly scoresCsv: ScoresCsvService,
  ) {}

  @MessagePattern(EvaluationPatterns.freezeAwards)
  freeze(@Payload('data') { period }: QuarterParamDto, @Payload('actor') actor: Actor, @Idempotency() idempotency: IdempotentRequest | null): Promise<PeriodAwardsDto> {
    return this.awards.freeze(period, actor, idempotency);
  }

  @MessagePattern(EvaluationPatterns.scoresCsv)
  csv(@Payload('data') { period }: PeriodParamDto): Promise<string> {
    return this.scoresCsv.csv(period);
  }
}
