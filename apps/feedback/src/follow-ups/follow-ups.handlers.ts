import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  Actor,
  FollowUpComplaintRequestDto,
  FollowUpComplaintResultDto,
  FollowUpDto,
  FollowUpOutcomeRequestDto,
  FollowUpPageDto,
  FollowUpPatterns,
  ListFollowUpsQueryDto,
  PlanFollowUpDto,
} from '@hospital/contracts';
import { Idempotency, IdempotentRequest } from '@hospital/platform';
import { FollowUpCallsService } from './follow-up-calls.service';
import { FollowUpsQueryService } from './follow-ups-query.service';

@Controller()
export class FollowUpsHandlers {
  constructor(
    private readonly calls: FollowUpCallsService,
    private readonly queries: FollowUpsQueryService,
  ) {}

  @MessagePattern(FollowUpPatterns.plan)
  plan(@Payload('data') dto: PlanFollowUpDto, @Payload('actor') actor: Actor, @Idempotency() idempotency: IdempotentRequest | null): Promise<FollowUpDto> {
    return this.calls.plan(dto, actor, idempotency);
  }

  @MessagePattern(FollowUpPatterns.list)
  list(@Payload('data') query: ListFollowUpsQueryDto, @Payload('actor') actor: Actor): Promise<FollowUpPageDto> {
    return this.queries.list(query, actor);
  }

  @MessagePattern(FollowUpPatterns.recordOutcome)
  recordOutcome(@Payload('data') req: FollowUpOutcomeRequestDto, @Payload('actor') actor: Actor): Promise<FollowUpDto> {
    return this.calls.recordOutcome(req, actor);
  }

  @MessagePattern(FollowUpPatterns.raiseComplaint)
  raiseComplaint(
    @Payload('data') req: FollowUpComplaintRequestDto,
    @Payload('actor') actor: Actor,
    @Idempotency() idempotency: IdempotentRequest | null,
  ): Promise<FollowUpComplaintResultDto> {
    return this.calls.raiseComplaint(req, actor, idempotency);
  }
}
