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
import { CreateSurveyService } from './create-survey.service';
import { SatisfactionService } from './satisfaction.service';
import { SurveyInvitationsQueryService } from './survey-invitations-query.service';
import { SurveyInvitationsService } from './survey-invitations.service';
import { SurveyResponsesService } from './survey-responses.service';
import { SurveysQueryService } from './surveys-query.service';

@Controller()
export class SurveysHandlers {
  constructor(
    private readonly templates: CreateSurveyService,
    private readonly surveys: SurveysQueryService,
    private readonly invitations: SurveyInvitationsService,
    private readonly invitationQueries: SurveyInvitationsQueryService,
    private readonly responses: SurveyResponsesService,
    private readonly satisfaction: SatisfactionService,
  ) {}

  @MessagePattern(SurveyPatterns.create)
  create(@Payload('data') dto: CreateSurveyDto, @Payload('actor') actor: Actor, @Idempotency() idempotency: IdempotentRequest | null): Promise<SurveyDto> {
    return this.templates.create(dto, actor, idempotency);
  }

  @MessagePattern(SurveyPatterns.list)
  list(@Payload('data') query: ListSurveysQueryDto): Promise<Page<SurveyDto>> {
    return this.surveys.list(query);
  }

  @MessagePattern(SurveyPatterns.get)
  get(@Payload('data') { id }: SurveyIdDto): Promise<SurveyDto> {
    return this.surveys.get(id);
  }

  @MessagePattern(SurveyPatterns.questions)
  form(@Payload('data') { id }: SurveyIdDto): Promise<SurveyFormDto> {
    return this.surveys.form(id);
  }

  @MessagePattern(SurveyPatterns.invite)
  invite(@Payload('data') dto: CreateInvitationRequestDto, @Payload('actor') actor: Actor, @Idempotency() idempotency: IdempotentRequest | null): Promise<SurveyInvitationDto> {
    return this.invitations.invite(dto, actor, idempotency);
  }

  @MessagePattern(SurveyPatterns.listInvitations)
  listInvitations(@Payload('data') query: ListInvitationsQueryDto): Promise<SurveyInvitationDto[]> {
    return this.invitationQueries.forTask(query);
  }

  @MessagePattern(SurveyPatterns.respond)
  respond(@Payload('data') req: SubmitResponseRequestDto, @Idempotency() idempotency: IdempotentRequest | null): Promise<SurveyResponseReceiptDto> {
    return this.responses.respond(req, idempotency);
  }

  @MessagePattern(SurveyPatterns.satisfaction)
  report(@Payload('data') query: SatisfactionQueryDto): Promise<SatisfactionReportDto> {
    return this.satisfaction.report(query);
  }
}
