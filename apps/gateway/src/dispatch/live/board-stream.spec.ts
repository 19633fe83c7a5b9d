import { Global, INestApplication, Module } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { BoardStreamEventDto, EventEnvelope, StreamNames } from '@hospital/contracts';
import { ensureStream, ENV, MetricsService } from '@hospital/platform';
import { deleteTestStream, eventually, natsUrl, SseReader, uniqueSubjectPrefix } from '@hospital/testing';
import { randomUUID } from 'node:crypto';
import { connect, JetStreamManager, NatsConnection } from 'nats';
import type { GatewayEnv } from '../../config';
import { configureGateway } from '../../http/configure-gateway';
import { BoardEventFeed } from './board-event-feed';
import { BoardLiveModule } from './board-live.module';
import { BOARD_STREAM_OPTIONS } from './board-stream.options';

const HEARTBEAT_MS = 300;
const TASK = '11111111-1111-4111-8111-111111111111';
const WORKER = '22222222-2222-4222-8222-222222222222';

interface LiveGateway {
  app: INestApplication;
  feed: BoardEventFeed;
  metrics: MetricsService;
  url: (path: string) => string;
}

/** The gateway's board stream alone (no identity: access is the e2e suite's subject), on real NATS and real HTTP. */
async function startLiveGateway(subjectPrefix: string): Promise<LiveGateway> {
  const env = { NATS_URL: natsUrl(), NATS_SUBJECT_PREFIX: subjectPrefix } as GatewayEnv;

  @Global()
  @Module({ providers: [{ provide: ENV, useValue: env }, MetricsService], exports: [ENV, MetricsService] })
  class GatewayGlobals {}

  const moduleRef = await Test.createTestingModule({ imports: [GatewayGlobals, BoardLiveModule] })
    .overrideProvider(BOARD_STREAM_OPTIONS)
    .useValue({ heartbeatMs: HEARTBEAT_MS, startTimeoutMs: 5_000 })
    .compile();
  const app = moduleRef.createNestApplication({ logger: ['error'] });
  configureGateway(app);
  await app.listen(0, '127.0.0.1');
  const base = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  return { app, feed: app.get(BoardEventFeed), metrics: app.get(MetricsService), url: (path) => `${base}/api/v1${path}` };
}

describe('GET /dispatch/board/stream (server-sent events from JetStream, real NATS and HTTP)', () => {
  const prefix = uniqueSubjectPrefix('boardlive');
  const names = new StreamNames(prefix);
  let nc: NatsConnection;
  let jsm: JetStreamManager;
  let gateway: LiveGateway;
  const readers: SseReader[] = [];

  /** What the outbox relay does: the envelope as JSON on `hospital.<type>`, the event id as Nats-Msg-Id. */
  const publish = async (type: string, payload: Record<string, unknown>): Promise<string> => {
    const id = randomUUID();
    const envelope: EventEnvelope = { id, type, version: 1, occurredAt: new Date().toISOString(), source: 'dispatch', correlationId: null, aggregateId: TASK, payload };
    await nc.jetstream().publish(names.subject(type), JSON.stringify(envelope), { msgID: id });
    return id;
  };

  const open = async (query = ''): Promise<SseReader> => {
    const reader = await SseReader.open(gateway.url(`/dispatch/board/stream${query}`));
    readers.push(reader);
    return reader;
  };

  const data = (reader: SseReader) => reader.events.map((e) => JSON.parse(e.data) as BoardStreamEventDto);

  beforeAll(async () => {
    nc = await connect({ servers: natsUrl(), name: 'board-stream-spec' });
    jsm = await nc.jetstreamManager();
    await ensureStream(jsm, names, { maxAgeDays: 1, duplicateWindowMs: 120_000 });
    // Published before the gateway started: the board stream only carries what happens from then on.
    await publish('dispatch.task.created', { id: TASK, number: 'T-BEFORE', group: 'SURGERY', priority: 'STAT', createdAt: new Date().toISOString() });
    gateway = await startLiveGateway(prefix);
  }, 30_000);

  afterAll(async () => {
    for (const reader of readers) await reader.close();
    await gateway?.app.close();
    await nc?.close();
    await deleteTestStream(natsUrl(), prefix);
  }, 30_000);

  it('sends each board event as it is published: event type, event id, and only the fields a board needs', async () => {
    const reader = await open();
    expect(reader.response.status).toBe(200);
    expect(reader.response.headers.get('content-type')).toContain('text/event-stream');
    const at = '2026-03-02T02:00:00.000Z';
    const created = await publish('dispatch.task.created', {
      id: TASK, number: 'T20260302-0001', type: 'SPECIMEN', priority: 'STAT', group: 'INTERNAL_MEDICINE', createdBy: 'ward-key', createdAt: at, dueAt: at,
    });
    const assigned = await publish('dispatch.task.assigned', {
      id: TASK, number: 'T20260302-0001', type: 'SPECIMEN', priority: 'STAT', group: 'INTERNAL_MEDICINE', status: 'ASSIGNED',
      workerId: WORKER, actorId: 'dispatcher', at, dueAt: at, note: '急血, patient 王小明',
    });
    const clockedIn = await publish('dispatch.staff.clocked-in', { staffId: WORKER, staffNo: 'KF0001', group: 'SURGERY', shift: 'EARLY', at, late: false });
    const incident = await publish('dispatch.incident.reported', {
      id: randomUUID(), taskId: TASK, taskNumber: 'T20260302-0001', group: 'INTERNAL_MEDICINE', kind: 'DELAY', severity: 'MINOR', staffIds: [WORKER], reportedAt: at,
    });
    await reader.waitFor('the incident event', (e) => e.id === incident);

    expect(reader.events.map((e) => [e.event, e.id])).toEqual([
      ['dispatch.task.created', created],
      ['dispatch.task.assigned', assigned],
      ['dispatch.staff.clocked-in', clockedIn],
      ['dispatch.incident.reported', incident],
    ]);
    const common = { at, taskId: TASK, number: 'T20260302-0001' };
    expect(data(reader)).toEqual([
      { ...common, type: 'dispatch.task.created', group: 'INTERNAL_MEDICINE', status: 'PENDING', priority: 'STAT', workerId: null },
      { ...common, type: 'dispatch.task.assigned', group: 'INTERNAL_MEDICINE', status: 'ASSIGNED', priority: 'STAT', workerId: WORKER },
      { type: 'dispatch.staff.clocked-in', at, group: 'SURGERY', taskId: null, number: null, status: null, priority: null, workerId: WORKER },
      { ...common, type: 'dispatch.incident.reported', group: 'INTERNAL_MEDICINE', status: null, priority: null, workerId: null },
    ]);
    expect(reader.comments[0]).toBe('connected');
  });

  it('filters by group: a stream for one group never gets another group’s events, but gets those naming no group', async () => {
    const surgery = await open('?group=SURGERY');
    const medicine = await open('?group=INTERNAL_MEDICINE');
    const medicineTask = await publish('dispatch.task.created', { id: TASK, number: 'T-IM', group: 'INTERNAL_MEDICINE', priority: 'URGENT' });
    const surgeryWorker = await publish('dispatch.staff.updated', { id: WORKER, staffNo: 'KF0002', name: '王强', group: 'SURGERY', active: false });
    const noGroup = await publish('dispatch.task.cancelled', { id: TASK, number: 'T-?', status: 'CANCELLED' });
    // The consumer delivers in stream order, so by the time the last event is in, any earlier one would be too.
    await surgery.waitFor('the group-less event on the surgery stream', (e) => e.id === noGroup);
    await medicine.waitFor('the group-less event on the medicine stream', (e) => e.id === noGroup);
    expect(surgery.events.map((e) => e.id)).toEqual([surgeryWorker, noGroup]);
    expect(medicine.events.map((e) => e.id)).toEqual([medicineTask, noGroup]);
    // The snapshot's name stays behind.
    expect(surgery.events[0].data).not.toContain('王强');
  });

  it('does not replay events from before it started, and ignores what is not a board event', async () => {
    const reader = await open();
    await publish('dispatch.assignment.explained', { id: TASK, group: 'SURGERY' });
    const last = await publish('dispatch.task.accepted', { id: TASK, number: 'T-LAST', group: 'SURGERY', status: 'ACCEPTED' });
    await reader.waitFor('the accepted event', (e) => e.id === last);
    expect(reader.events.map((e) => e.event)).toEqual(['dispatch.task.accepted']);
    expect(readers.flatMap((r) => r.events).some((e) => e.data.includes('T-BEFORE'))).toBe(false);
  });

  it('sends a comment heartbeat on a quiet stream', async () => {
    const reader = await open('?group=EMERGENCY');
    await eventually('two heartbeats', async () => reader.comments.filter((c) => c === 'heartbeat').length >= 2, 5 * HEARTBEAT_MS);
    expect(reader.events).toEqual([]);
  });

  it('refuses an unknown group with 400 naming the field', async () => {
    const res = await fetch(gateway.url('/dispatch/board/stream?group=ICU'));
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect(((await res.json()) as { errors: unknown[] }).errors).toEqual([expect.objectContaining({ field: 'group' })]);
  });

  it('lets go of a client that disconnects: its subscription and timers are released', async () => {
    const gauge = async () => (await gateway.metrics.registry.getSingleMetric('board_stream_clients')!.get()).values[0].value;
    const before = gateway.feed.clients;
    const leaving = await Promise.all([open(), open('?group=SURGERY'), open()]);
    expect(gateway.feed.clients).toBe(before + 3);
    expect(await gauge()).toBe(before + 3);
    for (const reader of leaving) await reader.close();
    await eventually('the streams to be released', async () => gateway.feed.clients === before);
    expect(await gauge()).toBe(before);
  });

  it('on shutdown ends every open stream and removes its consumer from the server', async () => {
    const reader = await open();
    expect(gateway.feed.live).toBe(true);
    expect((await jsm.consumers.list(names.stream).next()).length).toBe(1);
    await gateway.app.close();
    await eventually('the open stream to end', async () => reader.ended);
    expect(await jsm.consumers.list(names.stream).next()).toEqual([]);
  });
});

describe('a gateway started before the event stream exists', () => {
  const prefix = uniqueSubjectPrefix('boardlate');
  const names = new StreamNames(prefix);
  let nc: NatsConnection;
  let gateway: LiveGateway;
  let reader: SseReader | undefined;

  beforeAll(async () => {
    nc = await connect({ servers: natsUrl(), name: 'board-stream-late-spec' });
  });

  afterAll(async () => {
    await reader?.close();
    await gateway?.app.close();
    await nc?.close();
    await deleteTestStream(natsUrl(), prefix);
  }, 30_000);

  it('boots without it, and streams once a service has created it', async () => {
    gateway = await startLiveGateway(prefix);
    expect(gateway.feed.live).toBe(false);
    await ensureStream(await nc.jetstreamManager(), names, { maxAgeDays: 1, duplicateWindowMs: 120_000 });
    await eventually('the consumer to start', async () => gateway.feed.live, 10_000);
    reader = await SseReader.open(gateway.url('/dispatch/board/stream'));
    const id = randomUUID();
    const envelope = { id, type: 'dispatch.task.created', version: 1, occurredAt: new Date().toISOString(), source: 'dispatch', correlationId: null, aggregateId: TASK, payload: { id: TASK, group: 'SURGERY' } };
    await nc.jetstream().publish(names.subject('dispatch.task.created'), JSON.stringify(envelope), { msgID: id });
    expect((await reader.waitFor('the event', (e) => e.id === id)).event).toBe('dispatch.task.created');
  }, 30_000);
});
