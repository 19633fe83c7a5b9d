import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  Actor,
  AssignComplaintRequestDto,
  ComplaintDto,
  ComplaintIdDto,
  ComplaintNoteRequestDto,
  ComplaintPageDto,
  ComplaintPatterns,
  ComplaintReasonRequestDto,
  ComplaintWithTimelineDto,
  CreateComplaintDto,
  ListComplaintsQueryDto,
  ReplyComplaintRequestDto,
  ResolveComplaintRequestDto,
} from '@hospital/contracts';
import { Idempotency, IdempotentRequest } from '@hospital/platform';
import { ComplaintLifecycleService } from './complaint-lifecycle.service';
import { ComplaintsQueryService } from './complaints-query.service';
import { CreateComplaintService } from './create-complaint.service';

@Controller()
export class ComplaintsHandlers {
  constructor(
    private readonly intake: CreateComplaintService,
    private readonly lifecycle: ComplaintLifecycleService,
    private readonly queries: ComplaintsQueryService,
  ) {}

  @MessagePattern(ComplaintPatterns.create)
  create(@Payload('data') dto: CreateComplaintDto, @Payload('actor') actor: Actor, @Idempotency() idempotency: IdempotentRequest | null): Promise<ComplaintDto> {
    return this.intake.create(dto, actor, idempotency);
  }

  @MessagePattern(ComplaintPatterns.get)
  get(@Payload('data') { id }: ComplaintIdDto, @Payload('actor') actor: Actor): Promise<ComplaintWithTimelineDto> {
    return this.queries.get(id, actor);
  }

  @MessagePattern(ComplaintPatterns.list)
  list(@Payload('data') query: ListComplaintsQueryDto, @Payload('actor') actor: Actor): Promise<ComplaintPageDto> {
    return this.queries.list(query, actor);
  }

  @MessagePattern(ComplaintPatterns.acknowledge)
  acknowledge(@Payload('data') req: ComplaintNoteRequestDto, @Payload('actor') actor: Actor): Promise<ComplaintDto> {
    return this.lifecycle.acknowledge(req, actor);
  }

  @MessagePattern(ComplaintPatterns.investigate)
  investigate(@Payload('data') req: ComplaintNoteRequestDto, @Payload('actor') actor: Actor): Promise<ComplaintDto> {
    return this.lifecycle.investigate(req, actor);
  }

  @MessagePattern(ComplaintPatterns.assign)
  assign(@Payload('data') req: AssignComplaintRequestDto, @Payload('actor') actor: Actor): Promise<ComplaintDto> {
    return this.lifecycle.assign(req, actor);
  }

  @MessagePattern(ComplaintPatterns.resolve)
  resolve(@Payload('data') req: ResolveComplaintRequestDto, @Payload('actor') actor: Actor): Promise<ComplaintDto> {
    return this.lifecycle.resolve(req, actor);
  }

  @MessagePattern(ComplaintPatterns.reply)
  reply(@Payload('data') req: ReplyComplaintRequestDto, @Payload('actor') actor: Actor): Promise<ComplaintDto> {
    return this.lifecycle.reply(req, actor);
  }

  @MessagePattern(ComplaintPatterns.close)
  close(@Payload('data') req: ComplaintNoteRequestDto, @Payload('actor') actor: Actor): Promise<ComplaintDto> {
    return this.lifecycle.close(req, actor);
  }

  @MessagePattern(ComplaintPatterns.escalate)
  escalate(@Payload('data') req: ComplaintReasonRequestDto, @Payload('actor') actor: Actor): Promise<ComplaintDto> {
    return this.lifecycle.escalate(req, actor);
  }

  @MessagePattern(ComplaintPatterns.reopen)
  reopen(@Payload('data') req: ComplaintReasonRequestDto, @Payload('actor') actor: Actor): Promise<ComplaintDto> {
    return this.lifecycle.reopen(req, actor);
  }
}
