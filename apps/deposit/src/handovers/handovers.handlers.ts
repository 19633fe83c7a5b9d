import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  Actor,
  CreateHandoverDto,
  HandoverDto,
  HandoverIdDto,
  HandoverPatterns,
  ListHandoversQueryDto,
  Page,
  ResolveHandoverRequestDto,
} from '@hospital/contracts';
import { Idempotency, IdempotentRequest } from '@hospital/platform';
import { HandoversQueryService } from './handovers-query.service';
import { HandoversService } from './handovers.service';

@Controller()
export class HandoversHandlers {
  constructor(
    private readonly handovers: HandoversService,
    private readonly queries: HandoversQueryService,
  ) {}

  @MessagePattern(HandoverPatterns.create)
  create(@Payload('data') dto: CreateHandoverDto, @Payload('actor') actor: Actor, @Idempotency() idempotency: IdempotentRequest | null): Promise<HandoverDto> {
    return this.handovers.create(dto, actor, idempotency);
  }

  @MessagePattern(HandoverPatterns.get)
  get(@Payload('data') { id }: HandoverIdDto): Promise<HandoverDto> {
    return this.queries.get(id);
  }

  @MessagePattern(HandoverPatterns.list)
  list(@Payload('data') query: ListHandoversQueryDto): Promise<Page<HandoverDto>> {
    return this.queries.list(query);
  }

  @MessagePattern(HandoverPatterns.confirm)
  confirm(@Payload('data') { id }: HandoverIdDto, @Payload('actor') actor: Actor): Promise<HandoverDto> {
    return this.handovers.confirm(id, actor);
  }

  @MessagePattern(HandoverPatterns.resolve)
  resolve(@Payload('data') req: ResolveHandoverRequestDto, @Payload('actor') actor: Actor): Promise<HandoverDto> {
    return this.handovers.resolve(req, actor);
  }
}
