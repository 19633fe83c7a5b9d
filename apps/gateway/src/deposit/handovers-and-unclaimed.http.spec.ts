import { Controller, INestApplication, INestMicroservice, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Ctx, MessagePattern, NatsContext, Payload } from '@nestjs/microservices';
import { Actor, DepositPatterns, ErrorCode, HandoverPatterns, RPC_HEADERS, UnclaimedPatterns } from '@hospital/contracts';
import { demoStaffId, DomainError, PlatformNatsServer, WireExceptionFilter } from '@hospital/platform';
import { createTestDatabase, natsUrl, TestDatabase, uniqueSubjectPrefix } from '@hospital/testing';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { GatewayAppModule } from '../app.module';
import { loadGatewayEnv } from '../config';
import { configureGateway } from '../http/configure-gateway';
import { demoPassword } from '../seed/demo-users';

/** What the stand-in deposit service answers: which message the gateway sent, with what and for whom. */
interface Echo {
  pattern: string;
  data: Record<string, unknown>;
  actor: Actor;
}

/** Every pattern the stand-in was asked, in order. */
const received: string[] = [];

/** The deposit service's queue group, answering every pattern these routes (and GET /deposits/:id) could send. */
@Controller()
class DepositStandIn {
  private echo(pattern: string, data: Record<string, unknown>, actor: Actor): Echo {
    received.push(pattern);
    return { pattern, data, actor };
  }

  @MessagePattern(HandoverPatterns.create)
  create(@Payload('data') data: Record<string, unknown>, @Payload('actor') actor: Actor, @Ctx() context: NatsContext) {
    // As deposit refuses it: a handover is a staff member's, and this account is linked to none.
    if (!actor.staffId) throw new DomainError(ErrorCode.NotLinkedToStaff, 'your account is not linked to a staff member');
    return { ...this.echo(HandoverPatterns.create, data, actor), idempotencyKey: context.getHeaders()?.get(RPC_HEADERS.idempotencyKey) ?? null };
  }

  @MessagePattern(HandoverPatterns.list)
  list(@Payload('data') data: Record<string, unknown>, @Payload('actor') actor: Actor) {
    return this.echo(HandoverPatterns.list, data, actor);
  }

  @MessagePattern(HandoverPatterns.get)
  get(@Payload('data') data: Record<string, unknown>, @Payload('actor') actor: Actor) {
    return this.echo(HandoverPatterns.get, data, actor);
  }

  @MessagePattern(HandoverPatterns.confirm)
  confirm(@Payload('data') data: Record<string, unknown>, @Payload('actor') actor: Actor) {
    return this.echo(HandoverPatterns.confirm, data, actor);
  }

  @MessagePattern(HandoverPatterns.resolve)
  resolve(@Payload('data') data: Record<string, unknown>, @Payload('actor') actor: Actor) {
    return this.echo(HandoverPatterns.resolve, data, actor);
  }

  @MessagePattern(UnclaimedPatterns.sweep)
  sweep(@Payload('data') data: Record<string, unknown>, @Payload('actor') actor: Actor) {
    return this.echo(UnclaimedPatterns.sweep, data, actor);
  }

  @MessagePattern(UnclaimedPatterns.dispose)
  dispose(@Payload('data') data: Record<string, unknown>, @Payload('actor') actor: Actor) {
    return this.echo(UnclaimedPatterns.dispose, data, actor);
  }

  @MessagePattern(DepositPatterns.get)
  deposit(@Payload('data') data: Record<string, unknown>, @Payload('actor') actor: Actor) {
    return this.echo(DepositPatterns.get, data, actor);
  }
}

@Module({ controllers: [DepositStandIn] })
class DepositStandInModule {}

describe('deposit handover and unclaimed routes (the real gateway over HTTP and NATS; a stand-in deposit service)', () => {
  let db: TestDatabase;
  let gateway: INestApplication;
  let depositService: INestMicroservice;
  let http: ReturnType<typeof request>;
  const tokens: Record<string, string> = {};
  const as = (username: string) => ({ Authorization: `Bearer ${tokens[username]}` });

  beforeAll(async () => {
    db = await createTestDatabase('gwdeposit');
    const subjectPrefix = uniqueSubjectPrefix('gwdeposit');
    const env = loadGatewayEnv({
      NODE_ENV: 'test',
      DATABASE_URL: db.url,
      NATS_URL: natsUrl(),
      NATS_SUBJECT_PREFIX: subjectPrefix,
      JWT_SECRET: 'deposit-routes-test-secret-0123456789',
      SEED_DEMO: 'true',
      LOG_LEVEL: 'warn',
      RATE_LIMIT_PUBLIC_PER_MINUTE: '1000',
    });
    depositService = await NestFactory.createMicroservice(DepositStandInModule, {
      strategy: new PlatformNatsServer({ servers: env.NATS_URL, queue: 'deposit', subjectPrefix }),
      logger: false,
    });
    depositService.useGlobalFilters(new WireExceptionFilter());
    await depositService.listen();

    gateway = await NestFactory.create(GatewayAppModule.forRoot(env), { logger: ['error'] });
    configureGateway(gateway);
    await gateway.init();
    http = request(gateway.getHttpServer());
    for (const username of ['admin', 'clerk', 'supervisor', 'manager', 'worker']) {
      const res = await http.post('/api/v1/auth/login').send({ username, password: demoPassword(username) }).expect(200);
      tokens[username] = res.body.accessToken;
    }
  }, 60_000);

  afterAll(async () => {
    await gateway?.close();
    await depositService?.close();
    await db?.drop();
  });

  describe('POST /deposits/sweep-overdue', () => {
    it('is for admins only: a clerk, a supervisor and a manager get 403 and nothing reaches the service', async () => {
      const before = received.length;
      for (const who of ['clerk', 'supervisor', 'manager']) {
        const res = await http.post('/api/v1/deposits/sweep-overdue').set(as(who)).send({}).expect(403);
        expect(res.body.code).toBe(ErrorCode.Forbidden);
      }
      expect(received.slice(before)).toEqual([]);
    });

    it('sends the sweep, as of the instant given, for an admin', async () => {
      const asOf = '2026-11-27T09:00:00+08:00';
      const res = await http.post('/api/v1/deposits/sweep-overdue').set(as('admin')).send({ asOf }).expect(200);
      expect(res.body).toMatchObject({ pattern: UnclaimedPatterns.sweep, data: { asOf }, actor: { roles: ['admin'] } });
    });

    it('refuses an asOf without an offset with 400 naming it', async () => {
      const res = await http.post('/api/v1/deposits/sweep-overdue').set(as('admin')).send({ asOf: '2026-11-27T09:00:00' }).expect(400);
      expect(res.body.errors).toEqual([expect.objectContaining({ field: 'asOf' })]);
    });
  });

  describe('POST /deposits/{id}/dispose', () => {
    const id = randomUUID();

    it('is for supervisors: a clerk gets 403', async () => {
      await http.post(`/api/v1/deposits/${id}/dispose`).set(as('clerk')).send({ to: 'SECURITY', note: 'x' }).expect(403);
    });

    it('sends the disposal record for a supervisor; refuses an unknown destination with 400', async () => {
      const res = await http.post(`/api/v1/deposits/${id}/dispose`).set(as('supervisor')).send({ to: 'LOST_PROPERTY', note: ' 失物招领处 ' }).expect(200);
      expect(res.body).toMatchObject({ pattern: UnclaimedPatterns.dispose, data: { id, to: 'LOST_PROPERTY', note: '失物招领处' } });
      const bad = await http.post(`/api/v1/deposits/${id}/dispose`).set(as('supervisor')).send({ to: 'BIN', note: 'x' }).expect(400);
      expect(bad.body.errors).toEqual([expect.objectContaining({ field: 'to' })]);
    });
  });

  describe('/deposits/handovers', () => {
    it('GET lists handovers, not a deposit called "handovers", for the roles that read them', async () => {
      for (const who of ['clerk', 'supervisor', 'manager', 'admin']) {
        const res = await http.get('/api/v1/deposits/handovers').query({ desk: 'EMERGENCY', status: 'DISCREPANCY' }).set(as(who)).expect(200);
        expect(res.body).toMatchObject({ pattern: HandoverPatterns.list, data: { desk: 'EMERGENCY', status: 'DISCREPANCY' } });
      }
      await http.get('/api/v1/deposits/handovers').set(as('worker')).expect(403);
    });

    it('GET /{id} reads one handover; a deposit id still reaches the deposits route', async () => {
      const id = randomUUID();
      const handover = await http.get(`/api/v1/deposits/handovers/${id}`).set(as('clerk')).expect(200);
      expect(handover.body).toMatchObject({ pattern: HandoverPatterns.get, data: { id } });
      const deposit = await http.get(`/api/v1/deposits/${id}`).set(as('clerk')).expect(200);
      expect(deposit.body).toMatchObject({ pattern: DepositPatterns.get, data: { id } });
    });

    it('POST records a handover for the outgoing clerk, sent with the staff member their account is linked to (201), with its Idempotency-Key passed on', async () => {
      const body = { desk: 'SURGERY_LOBBY', incomingClerkId: demoStaffId('NK028'), count: 2, tagNos: [1, 3] };
      const key = randomUUID();
      const res = await http.post('/api/v1/deposits/handovers').set(as('clerk')).set('Idempotency-Key', key).send(body).expect(201);
      // The demo clerk is dispatch's demo staff member NK027.
      expect(res.body).toMatchObject({
        pattern: HandoverPatterns.create,
        data: body,
        actor: { roles: ['desk_clerk'], staffId: demoStaffId('NK027') },
        idempotencyKey: key,
      });
      await http.post('/api/v1/deposits/handovers').set(as('manager')).send(body).expect(403);
      const bad = await http.post('/api/v1/deposits/handovers').set(as('clerk')).send({ ...body, tagNos: [1, 1] }).expect(400);
      expect(bad.body.errors).toEqual([expect.objectContaining({ field: 'tagNos' })]);
      const notStaff = await http.post('/api/v1/deposits/handovers').set(as('clerk')).send({ ...body, incomingClerkId: 'NK028' }).expect(400);
      expect(notStaff.body.errors).toEqual([expect.objectContaining({ field: 'incomingClerkId' })]);
    });

    it('POST answers 403 NOT_LINKED_TO_STAFF when the caller’s account is linked to no staff member (the demo supervisor’s)', async () => {
      const body = { desk: 'SURGERY_LOBBY', incomingClerkId: demoStaffId('NK028'), count: 0, tagNos: [] };
      const res = await http.post('/api/v1/deposits/handovers').set(as('supervisor')).send(body).expect(403);
      expect(res.body).toMatchObject({ code: ErrorCode.NotLinkedToStaff, status: 403 });
    });

    it('POST /{id}/confirm is for clerks and supervisors, /{id}/resolve for supervisors only', async () => {
      const id = randomUUID();
      const confirmed = await http.post(`/api/v1/deposits/handovers/${id}/confirm`).set(as('clerk')).expect(200);
      expect(confirmed.body).toMatchObject({ pattern: HandoverPatterns.confirm, data: { id } });
      await http.post(`/api/v1/deposits/handovers/${id}/resolve`).set(as('clerk')).send({ resolution: 'found' }).expect(403);
      const resolved = await http.post(`/api/v1/deposits/handovers/${id}/resolve`).set(as('supervisor')).send({ resolution: 'found' }).expect(200);
      expect(resolved.body).toMatchObject({ pattern: HandoverPatterns.resolve, data: { id, resolution: 'found' } });
    });
  });
});
