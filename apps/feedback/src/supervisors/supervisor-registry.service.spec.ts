import { Actor, CreateSupervisorDto, ErrorCode, FeedbackChannel, FeedbackEvents, SatisfactionGroupBy, SupervisorPatterns, SurveyAnsweredV1 } from '@hospital/contracts';
import { idempotentRequest } from '@hospital/platform';
import { expectDomainError, ServiceUnderTest, startServiceUnderTest } from '@hospital/service-testing';
import { randomUUID } from 'node:crypto';
import { DemoSupervisorsSeed } from '../seed/demo-supervisors.seed';
import { feedbackService } from '../service';
import { SatisfactionService } from '../surveys/satisfaction.service';
import { SurveyInvitationsService } from '../surveys/survey-invitations.service';
import { SUPERVISOR_PURPOSE } from '../surveys/survey-purposes';
import { SurveyResponsesService } from '../surveys/survey-responses.service';
import { clerkActor, supervisorActor } from '../surveys/surveys.spec-helper';
import { SupervisorRegistryService } from './supervisor-registry.service';
import { SupervisorsQueryService } from './supervisors-query.service';

describe('social supervisors (SEED_DEMO=true, real Postgres and NATS)', () => {
  let service: ServiceUnderTest;
  let registry: SupervisorRegistryService;
  let queries: SupervisorsQueryService;

  /** The use case as its NATS handler calls it for a request with an Idempotency-Key. */
  const createWithKey = (body: CreateSupervisorDto, caller: Actor, key: string) =>
    registry.create(body, caller, idempotentRequest(key, SupervisorPatterns.create, caller, body));

  beforeAll(async () => {
    service = await startServiceUnderTest(feedbackService, { env: { SEED_DEMO: 'true' } });
    registry = service.app.get(SupervisorRegistryService);
    queries = service.app.get(SupervisorsQueryService);
  });

  afterAll(() => service?.stop());

  it('seeds 15 active supervisors once: a second run adds none and keeps one made inactive as it is', async () => {
    const first = await queries.list({ limit: 100 });
    expect(first.items).toHaveLength(15);
    expect(first.items.every((s) => s.active)).toBe(true);
    await registry.setActive({ id: first.items[0].id, active: false });
    expect(await service.app.get(DemoSupervisorsSeed).seed()).toBe(0);
    expect((await queries.list({ limit: 100 })).items).toHaveLength(15);
    expect((await queries.list({ limit: 100, active: false })).items.map((s) => s.id)).toEqual([first.items[0].id]);
    await registry.setActive({ id: first.items[0].id, active: true });
  });

  it('masks phones in the list, and refuses a second registration with the same phone', async () => {
    const created = await registry.create({ name: '林晓', phone: '13812341234', organisation: '市第一中学', appointedOn: '2026-11-01' }, supervisorActor);
    expect(created).toMatchObject({ phone: '138****1234', active: true, appointedOn: '2026-11-01' });
    const listed = (await queries.list({ limit: 100 })).items.find((s) => s.id === created.id);
    expect(listed?.phone).toBe('138****1234');
    const error = await expectDomainError(registry.create({ name: '林晓', phone: '13812341234', organisation: 'x', appointedOn: '2026-11-01' }, supervisorActor));
    expect(error.code).toBe(ErrorCode.SupervisorPhoneTaken);
    expect(error.details?.errors).toEqual([expect.objectContaining({ field: 'phone' })]);
  });

  it('answers a retry with the same Idempotency-Key with the first registration, not a conflict', async () => {
    const dto = { name: '郑好', phone: '13700001111', organisation: '市图书馆', appointedOn: '2026-11-02' };
    const key = randomUUID();
    const first = await createWithKey(dto, supervisorActor, key);
    expect(await createWithKey(dto, supervisorActor, key)).toEqual(first);
  });

  it('returns 404 when setting an unknown supervisor active', async () => {
    expect((await expectDomainError(registry.setActive({ id: randomUUID(), active: false }))).code).toBe(ErrorCode.SupervisorNotFound);
  });

  it("counts a supervisor's rating on channel SUPERVISOR, through the seeded supervisor survey", async () => {
    const [surveyRow] = await service.query<{ id: string }[]>(`SELECT "id" FROM "feedback"."survey_templates" WHERE "purpose" = $1`, [SUPERVISOR_PURPOSE]);
    const supervisor = (await queries.list({ limit: 1 })).items[0];
    const invitation = await service.app
      .get(SurveyInvitationsService)
      .invite({ id: surveyRow.id, channel: FeedbackChannel.Supervisor, about: { supervisorId: supervisor.id, department: '门诊部' } }, clerkActor);
    const answers = ['attitude', 'environment', 'process', 'waiting'].map((questionId) => ({ questionId, value: 4 }));
    const receipt = await service.app
      .get(SurveyResponsesService)
      .respond({ id: surveyRow.id, token: invitation.token!, answers: [...answers, { questionId: 'integrity', value: false }, { questionId: 'recommend', value: 8 }] });
    expect(receipt.channel).toBe(FeedbackChannel.Supervisor);
    const [event] = await service.outbox<SurveyAnsweredV1>(receipt.id);
    expect(event.envelope.type).toBe(FeedbackEvents.surveyAnswered);
    expect(event.envelope.payload).toMatchObject({ channel: FeedbackChannel.Supervisor, department: '门诊部', likertMean: 4, nps: 8 });
    // Answered on a day of its own, so the report's range does not depend on today's date.
    await service.query(`UPDATE "feedback"."survey_responses" SET "answered_at" = '2026-05-20T10:00:00+08:00' WHERE "id" = $1`, [receipt.id]);
    const report = await service.app.get(SatisfactionService).report({ from: '2026-05-01', to: '2026-05-31', groupBy: SatisfactionGroupBy.Channel });
    expect(report.rows).toEqual([expect.objectContaining({ key: FeedbackChannel.Supervisor, responses: 1, mean: 4, csat: 100, nps: 0 })]);
  });

  it('invites a supervisor only on channel SUPERVISOR, and only while active', async () => {
    const [surveyRow] = await service.query<{ id: string }[]>(`SELECT "id" FROM "feedback"."survey_templates" WHERE "purpose" = $1`, [SUPERVISOR_PURPOSE]);
    const supervisor = (await queries.list({ limit: 1 })).items[0];
    const invitations = service.app.get(SurveyInvitationsService);
    const wrongChannel = await expectDomainError(invitations.invite({ id: surveyRow.id, channel: FeedbackChannel.Desk, about: { supervisorId: supervisor.id } }, clerkActor));
    expect(wrongChannel.details?.errors).toEqual([expect.objectContaining({ field: 'about.supervisorId' })]);
    const nobody = await expectDomainError(invitations.invite({ id: surveyRow.id, channel: FeedbackChannel.Supervisor, about: {} }, clerkActor));
    expect(nobody.code).toBe(ErrorCode.ValidationFailed);
    await registry.setActive({ id: supervisor.id, active: false });
    const inactive = await expectDomainError(invitations.invite({ id: surveyRow.id, channel: FeedbackChannel.Supervisor, about: { supervisorId: supervisor.id } }, clerkActor));
    expect(inactive.code).toBe(ErrorCode.BusinessRule);
    const unknown = await expectDomainError(invitations.invite({ id: surveyRow.id, channel: FeedbackChannel.Supervisor, about: { supervisorId: randomUUID() } }, clerkActor));
    expect(unknown.code).toBe(ErrorCode.SupervisorNotFound);
  });
});
