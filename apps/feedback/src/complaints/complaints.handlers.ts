import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { InjectEntityManager } from '@nestjs/typeorm';
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
import { EntityManager } from 'typeorm';
import { ComplaintsService } from './complaints.service';

@Controller()
export class ComplaintsHandlers {
  constructor(
    private readonly complaints: ComplaintsService,
    @InjectEntityManager() private readonly manager: EntityManager,
  ) {}

  @MessagePattern(ComplaintPatterns.create)
  create(@Payload('data') req: CreateComplaintDto, @Payload('actor') actor: Actor): Promise<ComplaintDto> {
    return this.complaints.create(req, actor);
  }

  @MessagePattern(ComplaintPatterns.get)
  get(@Payload('data') req: ComplaintIdDto, @Payload('actor') actor: Actor): Promise<ComplaintWithTimelineDto> {
    return this.complaints.get(req, actor, this.manager);
  }

  @MessagePattern(ComplaintPatterns.list)
  list(@Payload('data') req: ListComplaintsQueryDto, @Payload('actor') actor: Actor): Promise<ComplaintPageDto> {
    return this.complaints.list(req, actor, this.manager);
  }

  @MessagePattern(ComplaintPatterns.acknowledge)
  acknowledge(@Payload('data') req: ComplaintNoteRequestDto, @Payload('actor') actor: Actor): Promise<ComplaintDto> {
    return this.complaints.acknowledge(req, actor);
  }

  @MessagePattern(ComplaintPatterns.investigate)
  investigate(@Payload('data') req: ComplaintNoteRequestDto, @Payload('actor') actor: Actor): Promise<ComplaintDto> {
    return this.complaints.investigate(req, actor);
  }

  @MessagePattern(ComplaintPatterns.assign)
  assign(@Payload('data') req: AssignComplaintRequestDto, @Payload('actor') actor: Actor): Promise<ComplaintDto> {
    return this.complaints.assign(req, actor);
  }

  @MessagePattern(ComplaintPatterns.resolve)
  resolve(@Payload('data') req: ResolveComplaintRequestDto, @Payload('actor') actor: Actor): Promise<ComplaintDto> {
    return this.complaints.resolve(req, actor);
  }

  @MessagePattern(ComplaintPatterns.reply)
  reply(@Payload('data') req: ReplyComplaintRequestDto, @Payload('actor') actor: Actor): Promise<ComplaintDto> {
    return this.complaints.reply(req, actor);
  }

  @MessagePattern(ComplaintPatterns.close)
  close(@Payload('data') req: ComplaintNoteRequestDto, @Payload('actor') actor: Actor): Promise<ComplaintDto> {
    return this.complaints.close(req, actor);
  }

  @MessagePattern(ComplaintPatterns.escalate)
  escalate(@Payload('data') req: ComplaintReasonRequestDto, @Payload('actor') actor: Actor): Promise<ComplaintDto> {
    return this.complaints.escalate(req, actor);
  }

  @MessagePattern(ComplaintPatterns.reopen)
  reopen(@Payload('data') req: ComplaintReasonRequestDto, @Payload('actor') actor: Actor): Promise<ComplaintDto> {
    return this.complaints.reopen(req, actor);
  }
}
