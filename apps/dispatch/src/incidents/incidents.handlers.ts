import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  Actor,
  ConfirmIncidentRequestDto,
  DismissIncidentRequestDto,
  IncidentDto,
  IncidentListDto,
  IncidentPageDto,
  IncidentPatterns,
  IncidentQueryDto,
  ListTaskIncidentsRequestDto,
  ReportIncidentRequestDto,
} from '@hospital/contracts';
import { Idempotency, IdempotentRequest } from '@hospital/platform';
import { IncidentsQueryService } from './incidents-query.service';
import { ReportIncidentService } from './report-incident.service';
import { ReviewIncidentService } from './review-incident.service';

@Controller()
export class IncidentsHandlers {
  constructor(
    private readonly reporting: ReportIncidentService,
    private readonly review: ReviewIncidentService,
    private readonly queries: IncidentsQueryService,
  ) {}

  @MessagePattern(IncidentPatterns.report)
  report(@Payload('data') req: ReportIncidentRequestDto, @Payload('actor') actor: Actor, @Idempotency() idempotency: IdempotentRequest | null): Promise<IncidentDto> {
    return this.reporting.report(req, actor, idempotency);
  }

  @MessagePattern(IncidentPatterns.confirm)
  confirm(@Payload('data') req: ConfirmIncidentRequestDto, @Payload('actor') actor: Actor): Promise<IncidentDto> {
    return this.review.confirm(req, actor);
  }

  @MessagePattern(IncidentPatterns.dismiss)
  dismiss(@Payload('data') req: DismissIncidentRequestDto, @Payload('actor') actor: Actor): Promise<IncidentDto> {
    return this.review.dismiss(req, actor);
  }

  @MessagePattern(IncidentPatterns.search)
  search(@Payload('data') query: IncidentQueryDto): Promise<IncidentPageDto> {
    return this.queries.search(query);
  }

  @MessagePattern(IncidentPatterns.listForTask)
  list(@Payload('data') req: ListTaskIncidentsRequestDto): Promise<IncidentListDto> {
    return this.queries.listForTask(req);
  }
}
