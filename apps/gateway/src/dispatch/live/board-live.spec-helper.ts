import { Global, INestApplication, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { Test } from '@nestjs/testing';
import { BoardStreamEventDto, DispatchEvent, EventEnvelope, StreamNames } from '@hospital/contracts';
import { ensureStream, EventFeed, MetricsService, RpcClientModule } from '@hospital/platform';
import { createTestDatabase, deleteTestStream, natsUrl, SseEvent, SseReader, TestDatabase } from '@hospital/testing';
import { randomUUID } from 'node:crypto';
import { connect, JetStreamManager, NatsConnection } from 'nats';
import { AuditModule } from '../../audit/audit.module';
import { gatewayTestModules } from '../../gateway-env.spec-helper';
import { configureGateway } from '../../http/configure-gateway';
import { AuthGuard, demoPassword, IdentityModule } from '../../identity';
import { SeedModule } from '../../seed/seed.module';
import { BoardEventFeed } from './board-event-feed';
import { BoardLiveModule } from './board-live.module';
import { BOARD_STREAM_OPTIONS, DISPATCH_EVENT_FEED } from './board-stream.options';

export const HEARTBEAT_MS = 300;
export const TASK = '11111111-1111-4111-8111-111111111111';
export const WORKER = '22222222-2222-4222-8222-222222222222';

export interface PublishedEvent {
  /** The envelope id (the Nats-Msg-Id). */
  id: string;
  /** The stream sequence JetStream gave it: the SSE id the board stream sends. */
  seq: number;
}

/**
 * The gateway's board stream as the gateway serves it, over real HTTP on real NATS: identity (the
 * AuthGuard, accounts on a database of the suite's own, with the demo logins), the board's live
 * module, and a NATS connection that publishes as dispatch's outbox relay does.
 */
export class LiveGateway {
  app!: INestApplication;
  feed!: BoardEventFeed;
  eventFeed!: EventFeed<DispatchEvent>;
  metrics!: MetricsService;
  names!: StreamNames;
  nc!: NatsConnection;
  jsm!: JetStreamManager;
  private db!: TestDatabase;
  private base = '';
  private readonly readers: SseReader[] = [];

  /** `createStream: false` starts the gateway before the event stream exists (a service creates it). */
  async start(label: string, options: { replayMaxEvents?: number; createStream?: boolean } = {}): Promise<void> {
    this.db = await createTestDatabase(label);
    const { env, imports } = gatewayTestModules(this.db, label, { SEED_DEMO: 'true' });
    this.names = new StreamNames(env.NATS_SUBJECT_PREFIX);
    this.nc = await connect({ servers: natsUrl(), name: `${label}-publisher` });
    this.jsm = await this.nc.jetstreamManager();
    if (options.createStream !== false) await this.createStream();

    @Global()
    @Module({ providers: [MetricsService], exports: [MetricsService] })
    class Metrics {}

    const moduleRef = await Test.createTestingModule({
      imports: [
        ...imports,
        Metrics,
        RpcClientModule.forRoot({ servers: env.NATS_URL, subjectPrefix: env.NATS_SUBJECT_PREFIX, timeoutMs: 2_000, name: label }),
        AuditModule,
        IdentityModule,
        SeedModule,
        BoardLiveModule,
      ],
      // The global guard, as app.module.ts installs it.
      providers: [{ provide: APP_GUARD, useExisting: AuthGuard }],
    })
      .overrideProvider(BOARD_STREAM_OPTIONS)
      .useValue({ heartbeatMs: HEARTBEAT_MS, startTimeoutMs: 5_000, replayMaxEvents: options.replayMaxEvents ?? 10_000 })
      .compile();
    this.app = moduleRef.createNestApplication({ logger: ['error'] });
    configureGateway(this.app);
    await this.app.listen(0, '127.0.0.1');
    this.base = (await this.app.getUrl()).replace('[::1]', '127.0.0.1');
    this.feed = this.app.get(BoardEventFeed);
    this.eventFeed = this.app.get(DISPATCH_EVENT_FEED);
    this.metrics = this.app.get(MetricsService);
  }

  async createStream(): Promise<void> {
    await ensureStream(this.jsm, this.names, { maxAgeDays: 1, duplicateWindowMs: 120_000 });
  }

  url(path: string): string {
    return `${this.base}/api/v1${path}`;
  }

  /** A bearer token of a demo account (`dispatcher`, `manager`, `admin`, `worker`, ...). */
  async login(username: string): Promise<string> {
    const res = await fetch(this.url('/auth/login'), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password: demoPassword(username) }),
    });
    if (res.status !== 200) throw new Error(`login ${username}: ${res.status} ${await res.text()}`);
    return ((await res.json()) as { accessToken: string }).accessToken;
  }

  /** What the outbox relay does: the envelope as JSON on `hospital.<type>`, the event id as Nats-Msg-Id. */
  async publish(type: string, payload: Record<string, unknown>): Promise<PublishedEvent> {
    const id = randomUUID();
    const envelope: EventEnvelope = { id, type, version: 1, occurredAt: new Date().toISOString(), source: 'dispatch', correlationId: null, aggregateId: TASK, payload };
    const ack = await this.nc.jetstream().publish(this.names.subject(type), JSON.stringify(envelope), { msgID: id });
    return { id, seq: ack.seq };
  }

  /** A board event of `group` (a job step), distinguishable by its number. */
  publishStep(group: string | null, number: string): Promise<PublishedEvent> {
    return this.publish('dispatch.task.assigned', { id: TASK, number, status: 'ASSIGNED', ...(group ? { group } : {}), workerId: WORKER });
  }

  /** Opens the stream as a client; closed at the end of the suite. */
  async open(query = '', headers: Record<string, string> = {}): Promise<SseReader> {
    const reader = await SseReader.open(this.url(`/dispatch/board/stream${query}`), headers);
    this.readers.push(reader);
    return reader;
  }

  async stop(): Promise<void> {
    for (const reader of this.readers) await reader.close();
    await this.app?.close();
    await this.nc?.close();
    if (this.names) await deleteTestStream(natsUrl(), this.names.prefix);
    await this.db?.drop();
  }
}

export const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

export const dataOf = (event: SseEvent) => JSON.parse(event.data) as BoardStreamEventDto;

/** The board events a client received, as (SSE id, job number) pairs: what order and repetition checks compare. */
export const received = (reader: SseReader) => reader.events.filter((e) => e.event !== 'reset').map((e) => [Number(e.id), dataOf(e).number]);
