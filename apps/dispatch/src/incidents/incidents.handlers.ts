import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { InjectEntityManager } from '@nestjs/typeorm';
import { Actor, IncidentDto, IncidentListDto, IncidentPatterns, ReportIncidentRequestDto, TaskIdDto } from '@hospital/contracts';
import { Idempotency, IdempotentRequest } from '@hospital/platform';
import { EntityManager } from 'typeorm';
import { IncidentsService } from './incidents.service';

@Controller()
export class IncidentsHandlers {
  constructor(
    private readonly incidents: IncidentsService,
    @InjectEntityManager() private readonly manager: EntityManager,
  ) {}

  @MessagePattern(IncidentPatterns.report)
  report(@Payload('data') req: ReportIncidentRequestDto, @Payload('actor') actor: Actor, @Idempotency() idempotency: IdempotentRequest | null): Promise<IncidentDto> {
    return this.incidents.report(req, actor, idempotency);
  }

  @MessagePattern(IncidentPatterns.listForTask)
  async list(@Payload('data') { id }: TaskIdDto): Promise<IncidentListDto> {
    return { items: await this.incidents.listForTask(id, this.manager) };
  }
}
