import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { Actor, IncidentDto, IncidentListDto, IncidentPatterns, ReportIncidentRequestDto, TaskIdDto } from '@hospital/contracts';
import { Idempotency, IdempotentRequest } from '@hospital/platform';
import { IncidentsQueryService } from './incidents-query.service';
import { ReportIncidentService } from './report-incident.service';

@Controller()
export class IncidentsHandlers {
  constructor(
    private readonly reporting: ReportIncidentService,
    private readonly queries: IncidentsQueryService,
  ) {}

  @MessagePattern(IncidentPatterns.report)
  report(@Payload('data') req: ReportIncidentRequestDto, @Payload('actor') actor: Actor, @Idempotency() idempotency: IdempotentRequest | null): Promise<IncidentDto> {
    return this.reporting.report(req, actor, idempotency);
  }

  @MessagePattern(IncidentPatterns.listForTask)
  list(@Payload('data') { id }: TaskIdDto): Promise<IncidentListDto> {
    return this.queries.listForTask(id);
  }
}
