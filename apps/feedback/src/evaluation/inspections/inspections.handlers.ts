import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { Actor, CreateInspectionDto, EvaluationPatterns, InspectionDto } from '@hospital/contracts';
import { Idempotency, IdempotentRequest } from '@hospital/platform';
import { InspectionsService } from './inspections.service';

@Controller()
export class InspectionsHandlers {
  constructor(private readonly inspections: InspectionsService) {}

  @MessagePattern(EvaluationPatterns.createInspection)
  create(@Payload('data') dto: CreateInspectionDto, @Payload('actor') actor: Actor, @Idempotency() idempotency: IdempotentRequest | null): Promise<InspectionDto> {
    return this.inspections.create(dto, actor, idempotency);
  }
}
