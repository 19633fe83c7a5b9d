import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  Actor,
  CreateInvitationRequestDto,
  CreateSurveyDto,
  ListInvitationsQueryDto,
  ListSurveysQueryDto,
  Page,
  SatisfactionQueryDto,
  SatisfactionReportDto,
  SubmitResponseRequestDto,
  SurveyDto,
  SurveyFormDto,
  SurveyIdDto,
  SurveyInvitationDto,
  SurveyPatterns,
  SurveyResponseReceiptDto,
} from '@hospital/contracts';
import { Idempotency, IdempotentRequest } from '@hospital/platform';
import { SatisfactionService } from './satisfaction.service';
import { SurveyInvitationsService } from './survey-invitations.service';
import { SurveyResponsesService } from './survey-responses.service';
import { SurveyTemplatesService } from './survey-templates.service';

@Controller()
export class SurveysHandlers {
  constructor(
    private readonly templates: SurveyTemplatesService,
    private readonly invitations: SurveyInvitationsService,
    private readonly responses: SurveyResponsesService,
    private readonly satisfaction: SatisfactionService,
  ) {}

  @MessagePattern(SurveyPatterns.create)
  create(@Payload('data') dto: CreateSurveyDto, @Payload('actor') actor: Actor, @Idempotency() idempotency: IdempotentRequest | null): Promise<SurveyDto> {
    return this.templates.create(dto, actor, idempotency);
  }

  @MessagePattern(SurveyPatterns.list)
  list(@Payload('data') query: ListSurveysQueryDto): Promise<Page<SurveyDto>> {
    return this.templates.list(query);
  }

  @MessagePattern(SurveyPatterns.get)
  get(@Payload('data') { id }: SurveyIdDto): Promise<SurveyDto> {
    return this.templates.get(id);
  }

  @MessagePattern(SurveyPatterns.questions)
  form(@Payload('data') { id }: SurveyIdDto): Promise<SurveyFormDto> {
    return this.templates.form(id);
  }

  @MessagePattern(SurveyPatterns.invite)
  invite(@Payload('data') req: CreateInvitationRequestDto, @Payload('actor') actor: Actor): Promise<SurveyInvitationDto> {
    return this.invitations.invite(req, actor);
  }

  @MessagePattern(SurveyPatterns.listInvitations)
  listInvitations(@Payload('data') query: ListInvitationsQueryDto): Promise<SurveyInvitationDto[]> {
    return this.invitations.forTask(query);
  }

  @MessagePattern(SurveyPatterns.respond)
  respond(@Payload('data') req: SubmitResponseRequestDto): Promise<SurveyResponseReceiptDto> {
    return this.responses.respond(req);
  }

  @MessagePattern(SurveyPatterns.satisfaction)
  report(@Payload('data') query: SatisfactionQueryDto): Promise<SatisfactionReportDto> {
    return this.satisfaction.report(query);
  }
}
