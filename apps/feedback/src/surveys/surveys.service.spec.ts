import { Actor, ErrorCode, FeedbackChannel, FeedbackEvents, SurveyAnsweredV1, SurveyPatterns } from '@hospital/contracts';
import { idempotentRequest } from '@hospital/platform';
import { expectDomainError, ServiceUnderTest, startServiceUnderTest } from '@hospital/service-testing';
import { randomUUID } from 'node:crypto';
import { feedbackService } from '../service';
import { SurveyInvitationsService } from './survey-invitations.service';
import { SurveyResponsesService } from './survey-responses.service';
import { CreateSurveyService } from './create-survey.service';
import { SurveysQueryService } from './surveys-query.service';
import { addStaff, clerkActor, supervisorActor, transportSurvey } from './surveys.spec-helper';

/** A respondent has no account: the gateway sends the anonymous actor. */
const ANONYMOUS: Actor = { id: 'anonymous', kind: 'anonymous', roles: [] };

describe('surveys: templates, invitations, token responses (real Postgres and NATS)', () => {
  let service: ServiceUnderTest;
  let templates: CreateSurveyService;
  let surveys: SurveysQueryService;
  let invitations: SurveyInvitationsService;
  let responses: SurveyResponsesService;
  let surveyId: string;
  let staffId: string;

  beforeAll(async () => {
    service = await startServiceUnderTest(feedbackService);
    templates = service.app.get(CreateSurveyService);
    surveys = service.app.get(SurveysQueryService);
    invitations = service.app.get(SurveyInvitationsService);
    responses = service.app.get(SurveyResponsesService);
    surveyId = (await templates.create(transportSurvey, supervisorActor)).id;
    staffId = await addStaff(service);
  });

  afterAll(() => service?.stop());

  const invite = (about: Record<string, string> = { staffId, department: '放射科' }, channel = FeedbackChannel.Desk) =>
    invitations.invite({ id: surveyId, channel, about }, clerkActor);

  const goodAnswers = [
    { questionId: 'attitude', value: 5 },
    { questionId: 'punctuality', value: 4 },
    { questionId: 'recommend', value: 9 },
    { questionId: 'explained', value: true },
  ];

  it('keeps a template with its questions, and refuses a question id used twice naming it', async () => {
    const survey = await surveys.get(surveyId);
    expect(survey.questions.map((q) => [q.id, q.kind])).toEqual(transportSurvey.questions.map((q) => [q.id, q.kind]));
    const error = await expectDomainError(
      templates.create({ title: 'dup', questions: [transportSurvey.questions[0], { ...transportSurvey.questions[1], id: 'attitude' }] }, supervisorActor),
    );
    expect(error.code).toBe(ErrorCode.ValidationFailed);
    expect(error.details?.errors).toEqual([expect.objectContaining({ field: 'questions[1].id' })]);
  });

  it('shows respondents the title and questions only', async () => {
    expect(await surveys.form(surveyId)).toEqual({ id: surveyId, title: transportSurvey.title, questions: transportSurvey.questions });
    expect((await expectDomainError(surveys.form(randomUUID()))).code).toBe(ErrorCode.SurveyNotFound);
  });

  it('issues a random token, stores only its sha256, and expires it after 14 days by default', async () => {
    const invitation = await invite();
    expect(invitation.token).toMatch(/^[A-Za-z0-9_-]{22}$/);
    const [row] = await service.query<{ token_hash: string; plain_token: string | null; days: number }[]>(
      `SELECT "token_hash", "plain_token", round(extract(epoch FROM "expires_at" - "created_at") / 86400)::int AS days
       FROM "feedback"."survey_invitations" WHERE "id" = $1`,
      [invitation.id],
    );
    expect(row.plain_token).toBeNull();
    expect(row.token_hash).not.toContain(invitation.token);
    expect(row.days).toBe(14);
    const shownLater = await service.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM "feedback"."survey_invitations" WHERE "token_hash" = encode(sha256($1::bytea), 'hex')`,
      [invitation.token],
    );
    expect(shownLater[0].n).toBe(1);
  });

  it('refuses an invitation about an unknown staff member, naming about.staffId', async () => {
    const error = await expectDomainError(invite({ staffId: randomUUID() }));
    expect(error.code).toBe(ErrorCode.StaffNotFound);
    expect(error.details?.errors).toEqual([expect.objectContaining({ field: 'about.staffId' })]);
  });

  it('gives a job one invitation: a second about the same taskId is 409 naming about.taskId', async () => {
    const taskId = randomUUID();
    await invite({ staffId, taskId });
    const error = await expectDomainError(invite({ staffId, taskId }));
    expect(error.code).toBe(ErrorCode.TaskAlreadyInvited);
    expect(error.details?.errors).toEqual([expect.objectContaining({ field: 'about.taskId' })]);
  });

  it('accepts an answer with the token and announces it with the Likert mean, the NPS, channel, staff and department', async () => {
    const { token } = await invite();
    const receipt = await responses.respond({ id: surveyId, token: token!, answers: goodAnswers });
    expect(receipt).toMatchObject({ channel: FeedbackChannel.Desk, likertMean: 4.5, nps: 9 });
    const [event] = await service.outbox<SurveyAnsweredV1>(receipt.id);
    expect(event.subject).toContain(FeedbackEvents.surveyAnswered);
    expect(event.envelope.payload).toEqual({
      responseId: receipt.id,
      surveyId,
      channel: FeedbackChannel.Desk,
      staffId,
      department: '放射科',
      likertMean: 4.5,
      nps: 9,
      at: receipt.answeredAt,
    });
  });

  it('refuses the same token a second time with 409 SURVEY_TOKEN_USED', async () => {
    const { token } = await invite();
    await responses.respond({ id: surveyId, token: token!, answers: goodAnswers });
    const error = await expectDomainError(responses.respond({ id: surveyId, token: token!, answers: goodAnswers }));
    expect(error.code).toBe(ErrorCode.SurveyTokenUsed);
  });

  it('answers a retried submission (same Idempotency-Key) with the first receipt instead of 409, and records one answer', async () => {
    const { token } = await invite();
    const req = { id: surveyId, token: token!, answers: goodAnswers };
    const retry = idempotentRequest('answer-once', SurveyPatterns.respond, ANONYMOUS, req);
    const first = await responses.respond(req, retry);
    await expect(responses.respond(req, retry)).resolves.toEqual(first);
    expect((await expectDomainError(responses.respond(req))).code).toBe(ErrorCode.SurveyTokenUsed);
  });

  it('accepts exactly one of ten submissions racing with one token', async () => {
    const { token, id } = await invite();
    const results = await Promise.allSettled(Array.from({ length: 10 }, () => responses.respond({ id: surveyId, token: token!, answers: goodAnswers })));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const refused = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(refused.map((r) => (r.reason as { code: string }).code)).toEqual(Array(9).fill(ErrorCode.SurveyTokenUsed));
    const [{ n }] = await service.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM "feedback"."survey_responses" WHERE "invitation_id" = $1`, [id]);
    expect(n).toBe(1);
  });

  it('refuses an unknown token with 404, and a token of another survey the same way', async () => {
    const other = await templates.create({ ...transportSurvey, title: 'other' }, supervisorActor);
    const { token } = await invitations.invite({ id: other.id, channel: FeedbackChannel.Desk, about: {} }, clerkActor);
    for (const t of ['AAAAAAAAAAAAAAAAAAAAAA', token!]) {
      const error = await expectDomainError(responses.respond({ id: surveyId, token: t, answers: goodAnswers }));
      expect(error.code).toBe(ErrorCode.SurveyTokenNotFound);
    }
  });

  it('refuses an expired token with 410 SURVEY_TOKEN_EXPIRED', async () => {
    const { token, id } = await invite();
    await service.query(`UPDATE "feedback"."survey_invitations" SET "expires_at" = now() - interval '1 second' WHERE "id" = $1`, [id]);
    const error = await expectDomainError(responses.respond({ id: surveyId, token: token!, answers: goodAnswers }));
    expect(error.code).toBe(ErrorCode.SurveyTokenExpired);
  });

  it('checks each answer against its question, names answers[i] or the question, and leaves the token unspent', async () => {
    const { token } = await invite();
    const error = await expectDomainError(
      responses.respond({
        id: surveyId,
        token: token!,
        answers: [
          { questionId: 'attitude', value: 6 },
          { questionId: 'recommend', value: 11 },
          { questionId: 'explained', value: 'yes' },
          { questionId: 'nope', value: 1 },
          { questionId: 'comments', value: '' },
        ],
      }),
    );
    expect(error.code).toBe(ErrorCode.ValidationFailed);
    expect(error.details?.errors).toEqual([
      { field: 'answers[0].value', message: 'question attitude takes a whole number from 1 to 5' },
      { field: 'answers[1].value', message: 'question recommend takes a whole number from 0 to 10' },
      { field: 'answers[2].value', message: 'question explained takes true or false' },
      { field: 'answers[3].questionId', message: 'the survey has no question nope' },
      { field: 'answers[4].value', message: 'question comments takes a text of 1 to 2000 characters' },
      { field: 'answers', message: 'question punctuality is required' },
    ]);
    const accepted = await responses.respond({ id: surveyId, token: token!, answers: goodAnswers });
    expect(accepted.likertMean).toBe(4.5);
  });

  it('reports a null Likert mean and NPS when the survey asks none', async () => {
    const yesNo = await templates.create({ title: 'yes/no', questions: [{ id: 'ok', text: '满意吗', kind: transportSurvey.questions[3].kind, required: true }] }, supervisorActor);
    const { token } = await invitations.invite({ id: yesNo.id, channel: FeedbackChannel.Web, about: {} }, clerkActor);
    const receipt = await responses.respond({ id: yesNo.id, token: token!, answers: [{ questionId: 'ok', value: false }] });
    expect(receipt).toMatchObject({ likertMean: null, nps: null, channel: FeedbackChannel.Web });
  });
});
