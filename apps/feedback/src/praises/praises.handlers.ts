import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { Actor, CreatePraiseDto, ListPraisesQueryDto, PraiseDto, PraisePageDto, PraisePatterns } from '@hospital/contracts';
import { Idempotency, IdempotentRequest } from '@hospital/platform';
import { CreatePraiseService } from './create-praise.service';
import { PraisesQueryService } from './praises-query.service';

@Controller()
export class PraisesHandlers {
  constructor(
    private readonly intake: CreatePraiseService,
    private readonly queries: PraisesQueryService,
  ) {}

  @MessagePattern(PraisePatterns.create)
  create(@Payload('data') dto: CreatePraiseDto, @Payload('actor') actor: Actor, @Idempotency() idempotency: IdempotentRequest | null): Promise<PraiseDto> {
    return this.intake.create(dto, actor, idempotency);
  }

  @MessagePattern(PraisePatterns.list)
  list(@Payload('data') query: ListPraisesQueryDto): Promise<PraisePageDto> {
    return this.queries.list(query);
  }
}
