import { Controller, INestApplication, INestMicroservice, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { Actor, ErrorCode, SupervisorPatterns, SurveyPatterns } from '@hospital/contracts';
import { PlatformNatsServer, WireExceptionFilter } from '@hospital/platform';
import { createTestDatabase, natsUrl, TestDatabase, uniqueSubjectPrefix } from '@hospital/testing';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { GatewayAppModule } from '../app.module';
import { loadGatewayEnv } from '../config';
import { configureGateway } from '../http/configure-gateway';
import { demoPassword } from '../identity';

/** Every pattern the stand-in was asked, in order. */
const received: string[] = [];

/** The feedback service's queue group, echoing what the survey and supervisor routes send. */
@Controller()
class FeedbackStandIn {
  private echo(pattern: string, data: Record<string, unknown>, actor: Actor) {
    received.push(pattern);
    return { pattern, data, actor };
  }

  @MessagePattern(SurveyPatterns.respond)
  respond(@Payload('data') data: Record<string, unknown>, @Payload('actor') actor: Actor) {
    return this.echo(SurveyPatterns.respond, data, actor);
  }

  @MessagePattern(SurveyPatterns.get)
  get(@Payload('data') data: Record<string, unknown>, @Payload('actor') actor: Actor) {
    return this.echo(SurveyPatterns.get, data, actor);
  }

  @MessagePattern(SurveyPatterns.questions)
  form(@Payload('data') data: Record<string, unknown>, @Payload('actor') actor: Actor) {
    return this.echo(SurveyPatterns.questions, data, actor);
  }

  @MessagePattern(SurveyPatterns.listInvitations)
  invitations(@Payload('data') data: Record<string, unknown>, @Payload('actor') actor: Actor) {
    return this.echo(SurveyPatterns.listInvitations, data, actor);
  }

  @MessagePattern(SurveyPatterns.invite)
  invite(@Payload('data') data: Record<string, unknown>, @Payload('actor') actor: Actor) {
    return this.echo(SurveyPatterns.invite, data, actor);
  }

  @MessagePattern(SurveyPatterns.satisfaction)
  satisfaction(@Payload('data') data: Record<string, unknown>, @Payload('actor') actor: Actor) {
    return this.echo(SurveyPatterns.satisfaction, data, actor);
  }

  @MessagePattern(SupervisorPatterns.setActive)
  setActive(@Payload('data') data: Record<string, unknown>, @Payload('actor') actor: Actor) {
    return this.echo(SupervisorPatterns.setActive, data, actor);
  }
}

@Module({ controllers: [FeedbackStandIn] })
class FeedbackStandInModule {}

describe('survey, satisfaction and supervisor routes (the real gateway over HTTP and NATS; a stand-in feedback service)', () => {
  let db: TestDatabase;
  let gateway: INestApplication;
  let feedbackService: INestMicroservice;
  let http: ReturnType<typeof request>;
  const tokens: Record<string, string> = {};
  const as = (username: string) => ({ Authorization: `Bearer ${tokens[username]}` });
  const surveyId = randomUUID();

  beforeAll(async () => {
    db = await createTestDatabase('gwsurveys');
    const subjectPrefix = uniqueSubjectPrefix('gwsurveys');
    const env = loadGatewayEnv({
      NODE_ENV: 'test',
      DATABASE_URL: db.url,
      NATS_URL: natsUrl(),
      NATS_SUBJECT_PREFIX: subjectPrefix,
      JWT_SECRET: 'survey-routes-test-secret-0123456789',
      SEED_DEMO: 'true',
      LOG_LEVEL: 'warn',
      RATE_LIMIT_PUBLIC_PER_MINUTE: '5',
    });
    feedbackService = await NestFactory.createMicroservice(FeedbackStandInModule, {
      strategy: new PlatformNatsServer({ servers: env.NATS_URL, queue: 'feedback', subjectPrefix }),
      logger: false,
    });
    feedbackService.useGlobalFilters(new WireExceptionFilter());
    await feedbackService.listen();

    gateway = await NestFactory.create(GatewayAppModule.forRoot(env), { logger: ['error'] });
    configureGateway(gateway);
    await gateway.init();
    http = request(gateway.getHttpServer());
    for (const username of ['admin', 'clerk', 'supervisor', 'worker', 'inspector']) {
      const res = await http.post('/api/v1/auth/login').send({ username, password: demoPassword(username) }).expect(200);
      tokens[username] = res.body.accessToken;
    }
  }, 60_000);

  afterAll(async () => {
    await gateway?.close();
    await feedbackService?.close();
    await db?.drop();
  });

  const answers = [{ questionId: 'attitude', value: 5 }];

  it('takes an answer without an account, rejects a malformed token with 400 before the service, and rate-limits per address', async () => {
    const token = 'q3Jk0vYV0m6Cq8kqX4rR2w';
    const res = await http.post(`/api/v1/feedback/surveys/${surveyId}/responses`).send({ token, answers }).expect(201);
    expect(res.body).toMatchObject({ pattern: SurveyPatterns.respond, data: { id: surveyId, token, answers }, actor: { kind: 'anonymous' } });
    const before = received.length;
    const bad = await http.post(`/api/v1/feedback/surveys/${surveyId}/responses`).send({ token: 'x', answers }).expect(400);
    expect(bad.body.errors).toEqual([expect.objectContaining({ field: 'token' })]);
    expect(received.slice(before)).toEqual([]);
    // The limit is 5 a minute per public route here; the refused request above counted too.
    for (let i = 0; i < 3; i++) await http.post(`/api/v1/feedback/surveys/${surveyId}/responses`).send({ token, answers }).expect(201);
    const limited = await http.post(`/api/v1/feedback/surveys/${surveyId}/responses`).send({ token, answers }).expect(429);
    expect(limited.body.code).toBe(ErrorCode.RateLimited);
  });

  it('keeps templates to staff (no account is 401) but shows the form to answer without one', async () => {
    await http.get(`/api/v1/feedback/surveys/${surveyId}`).expect(401);
    const form = await http.get(`/api/v1/feedback/surveys/${surveyId}/form`).expect(200);
    expect(form.body).toMatchObject({ pattern: SurveyPatterns.questions, data: { id: surveyId }, actor: { kind: 'anonymous' } });
    const res = await http.get(`/api/v1/feedback/surveys/${surveyId}`).set(as('worker')).expect(200);
    expect(res.body).toMatchObject({ pattern: SurveyPatterns.get, data: { id: surveyId } });
  });

  it('GET /feedback/surveys/invitations?taskId= lists a job\'s invitation, not a survey called "invitations"; workers get 403', async () => {
    const taskId = randomUUID();
    const res = await http.get('/api/v1/feedback/surveys/invitations').query({ taskId }).set(as('clerk')).expect(200);
    expect(res.body).toMatchObject({ pattern: SurveyPatterns.listInvitations, data: { taskId } });
    await http.get('/api/v1/feedback/surveys/invitations').query({ taskId }).set(as('worker')).expect(403);
  });

  it('lets a desk clerk invite, naming an invalid about field with 400', async () => {
    const body = { channel: 'DESK', about: { department: '放射科' } };
    const res = await http.post(`/api/v1/feedback/surveys/${surveyId}/invitations`).set(as('clerk')).send(body).expect(201);
    expect(res.body).toMatchObject({ pattern: SurveyPatterns.invite, data: { id: surveyId, ...body } });
    const bad = await http.post(`/api/v1/feedback/surveys/${surveyId}/invitations`).set(as('clerk')).send({ channel: 'DESK', about: { staffId: 'nope' } }).expect(400);
    expect(bad.body.errors).toEqual([expect.objectContaining({ field: 'about.staffId' })]);
    await http.post(`/api/v1/feedback/surveys/${surveyId}/invitations`).set(as('worker')).send(body).expect(403);
  });

  it('shows satisfaction to inspectors but not workers, and requires groupBy', async () => {
    const query = { from: '2026-11-01', to: '2026-11-30', groupBy: 'department', period: 'week' };
    const res = await http.get('/api/v1/feedback/satisfaction').query(query).set(as('inspector')).expect(200);
    expect(res.body).toMatchObject({ pattern: SurveyPatterns.satisfaction, data: query });
    await http.get('/api/v1/feedback/satisfaction').query(query).set(as('worker')).expect(403);
    const bad = await http.get('/api/v1/feedback/satisfaction').query({ from: '2026-11-01', to: '2026-11-30' }).set(as('supervisor')).expect(400);
    expect(bad.body.errors).toEqual([expect.objectContaining({ field: 'groupBy' })]);
  });

  it('PATCH /feedback/supervisors/{id} sets active, for supervisors but not clerks', async () => {
    const id = randomUUID();
    const res = await http.patch(`/api/v1/feedback/supervisors/${id}`).set(as('supervisor')).send({ active: false }).expect(200);
    expect(res.body).toMatchObject({ pattern: SupervisorPatterns.setActive, data: { id, active: false } });
    await http.patch(`/api/v1/feedback/supervisors/${id}`).set(as('clerk')).send({ active: false }).expect(403);
  });
});
