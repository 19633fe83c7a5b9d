import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiGoneResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import {
  Actor,
  CreateInvitationBodyDto,
  CreateSurveyDto,
  ListInvitationsQueryDto,
  ListSurveysQueryDto,
  ProblemDto,
  Role,
  SubmitResponseBodyDto,
  SurveyDto,
  SurveyFormDto,
  SurveyIdDto,
  SurveyInvitationDto,
  SurveyPageDto,
  SurveyPatterns,
  SurveyResponseReceiptDto,
  } from '@hospital/contracts';
import { RpcClient } from '@hospital/platform';
import { Idempotent } from '../http/idempotency';
import { ApiAuth, ApiPublic, CurrentActor } from '../identity';

const WRITES_SURVEYS = [Role.Supervisor, Role.Manager, Role.Admin] as const;
const READS_SURVEYS = [Role.Admin, Role.Manager, Role.Dispatcher, Role.Worker, Role.DeskClerk, Role.Supervisor, Role.Inspector] as const;
const INVITES = [Role.DeskClerk, Role.Supervisor, Role.Manager, Role.Admin, Role.Dispatcher] as const;

/** Satisfaction surveys: templates, invitations with single-use tokens, and answers from respondents without an account. */
@ApiTags('feedback')
@Controller('feedback/surveys')
export class SurveysController {
  constructor(private readonly rpc: RpcClient) {}

  @Post()
  @ApiAuth(...WRITES_SURVEYS)
  @ApiOperation({
    summary: 'Create a survey template: questions LIKERT_5 (1–5), YES_NO, NPS_10 (0–10) or TEXT, each required or not',
    description:
      'Supervisors, managers and admins. Question ids are unique within the survey (400 otherwise). Responses are ' +
      'collected through invitations (POST /feedback/surveys/{id}/invitations) and count in satisfaction: Likert ' +
      'answers in the mean and CSAT, the NPS_10 answer in NPS.',
  })
  @ApiCreatedResponse({ type: SurveyDto })
  @ApiBadRequestResponse({ type: ProblemDto, description: 'Invalid fields, or a question id used twice (VALIDATION_FAILED)' })
  @Idempotent()
  create(@Body() dto: CreateSurveyDto, @CurrentActor() actor: Actor): Promise<SurveyDto> {
    return this.rpc.send(SurveyPatterns.create, actor, dto);
  }

  @Get()
  @ApiAuth(...READS_SURVEYS)
  @ApiOperation({
    summary: 'List survey templates, newest first',
    description: 'Every staff role. Newest first, keyset-paged.',
  })
  @ApiOkResponse({ type: SurveyPageDto })
  list(@Query() query: ListSurveysQueryDto, @CurrentActor() actor: Actor): Promise<SurveyPageDto> {
    return this.rpc.send(SurveyPatterns.list, actor, query);
  }

  // Before ':id', which would otherwise take "invitations" for an id.
  @Get('invitations')
  @ApiAuth(...INVITES)
  @ApiOperation({
    summary: "The invitation issued automatically when a patient-transport job completed, with its token to give the patient",
    description: 'The token is shown while the invitation is open (unanswered, unexpired); invitations issued by hand show null (only their hash is kept).',
  })
  @ApiOkResponse({ type: SurveyInvitationDto, isArray: true })
  invitations(@Query() query: ListInvitationsQueryDto, @CurrentActor() actor: Actor): Promise<SurveyInvitationDto[]> {
    return this.rpc.send(SurveyPatterns.listInvitations, actor, query);
  }

  @Get(':id')
  @ApiAuth(...READS_SURVEYS)
  @ApiOperation({
    summary: 'One survey template with its questions',
    description:
      'Every staff role. The questions with their kind and whether they are required. An unknown id is 404 ' +
      'SURVEY_NOT_FOUND.',
  })
  @ApiOkResponse({ type: SurveyDto })
  @ApiNotFoundResponse({ type: ProblemDto, description: 'SURVEY_NOT_FOUND' })
  get(@Param() params: SurveyIdDto, @CurrentActor() actor: Actor): Promise<SurveyDto> {
    return this.rpc.send(SurveyPatterns.get, actor, params);
  }

  @Get(':id/form')
  @ApiPublic()
  @ApiOperation({
    summary: 'For respondents, no account: the title and questions to answer (rate limited per IP)',
    description: 'What a patient holding a token needs to fill the survey in; nothing about who wrote it or whom it concerns.',
  })
  @ApiOkResponse({ type: SurveyFormDto })
  @ApiNotFoundResponse({ type: ProblemDto, description: 'SURVEY_NOT_FOUND' })
  @ApiTooManyRequestsResponse({ type: ProblemDto, description: 'Too many requests from this address (RATE_LIMITED)' })
  form(@Param() params: SurveyIdDto, @CurrentActor() actor: Actor): Promise<SurveyFormDto> {
    return this.rpc.send(SurveyPatterns.questions, actor, params);
  }

  @Post(':id/invitations')
  @ApiAuth(...INVITES)
  @ApiOperation({
    summary: 'Invite someone to answer: a single-use token, shown only in this reply, valid 14 days unless expiresInDays says otherwise',
    description: 'A social supervisor is invited with channel SUPERVISOR and about.supervisorId; their answer counts on that channel.',
  })
  @ApiCreatedResponse({ type: SurveyInvitationDto })
  @ApiBadRequestResponse({ type: ProblemDto, description: 'channel SUPERVISOR without about.supervisorId or the reverse (VALIDATION_FAILED)' })
  @ApiNotFoundResponse({ type: ProblemDto, description: 'SURVEY_NOT_FOUND, STAFF_NOT_FOUND (about.staffId) or SUPERVISOR_NOT_FOUND (about.supervisorId)' })
  @ApiConflictResponse({ type: ProblemDto, description: 'The job already has an invitation (TASK_ALREADY_INVITED)' })
  @ApiUnprocessableEntityResponse({ type: ProblemDto, description: 'The social supervisor is inactive (BUSINESS_RULE)' })
  @Idempotent()
  invite(@Param() { id }: SurveyIdDto, @Body() body: CreateInvitationBodyDto, @CurrentActor() actor: Actor): Promise<SurveyInvitationDto> {
    return this.rpc.send(SurveyPatterns.invite, actor, { id, ...body });
  }

  @Post(':id/responses')
  @ApiPublic()
  @ApiOperation({
    summary: 'For respondents, no account: answer the survey with the token of an invitation; each token answers once',
    description: 'Rate limited per IP (RATE_LIMIT_PUBLIC_PER_MINUTE). Answers are checked before the token is spent, so a rejected answer can be corrected and sent again.',
  })
  @ApiCreatedResponse({ type: SurveyResponseReceiptDto })
  @ApiBadRequestResponse({ type: ProblemDto, description: 'An answer out of range, for an unknown question, or a required question unanswered; details.errors names answers[i] or the question (VALIDATION_FAILED)' })
  @ApiNotFoundResponse({ type: ProblemDto, description: 'No such survey (SURVEY_NOT_FOUND) or no invitation to it with this token (SURVEY_TOKEN_NOT_FOUND)' })
  @ApiConflictResponse({ type: ProblemDto, description: 'The token was answered already (SURVEY_TOKEN_USED)' })
  @ApiGoneResponse({ type: ProblemDto, description: 'The token has expired (SURVEY_TOKEN_EXPIRED)' })
  @ApiTooManyRequestsResponse({ type: ProblemDto, description: 'Too many requests from this address (RATE_LIMITED)' })
  @Idempotent()
  respond(@Param() { id }: SurveyIdDto, @Body() body: SubmitResponseBodyDto, @CurrentActor() actor: Actor): Promise<SurveyResponseReceiptDto> {
    return this.rpc.send(SurveyPatterns.respond, actor, { id, ...body });
  }
}
