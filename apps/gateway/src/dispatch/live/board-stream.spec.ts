import { eventually } from '@hospital/testing';
import { randomUUID } from 'node:crypto';
import { bearer, dataOf, HEARTBEAT_MS, LiveGateway, TASK, WORKER } from './board-live.spec-helper';

describe('GET /dispatch/board/stream (server-sent events from JetStream, real NATS and HTTP)', () => {
  const gateway = new LiveGateway();
  let token: string;
  let before: number;
  const open = (query = '') => gateway.open(query, bearer(token));

  beforeAll(async () => {
    await gateway.start('boardlive', { createStream: true });
    token = await gateway.login('dispatcher');
    // Published before anyone connected: a stream opened without Last-Event-ID carries only what happens from then on.
    before = (await gateway.publish('dispatch.task.created', { id: TASK, number: 'T-BEFORE', group: 'SURGERY', priority: 'STAT', createdAt: new Date().toISOString() })).seq;
    await eventually('the feed to pass the event before', async () => (gateway.eventFeed.position ?? 0) >= before);
  }, 60_000);

  afterAll(() => gateway.stop(), 30_000);

  it('sends each board event as it is published: event type, its stream sequence as id, and only the fields a board needs', async () => {
    const reader = await open();
    expect(reader.response.status).toBe(200);
    expect(reader.response.headers.get('content-type')).toContain('text/event-stream');
    const at = '2026-03-02T02:00:00.000Z';
    const created = await gateway.publish('dispatch.task.created', {
      id: TASK, number: 'T20260302-0001', type: 'SPECIMEN', priority: 'STAT', group: 'INTERNAL_MEDICINE', createdBy: 'ward-key', createdAt: at, dueAt: at,
    });
    const assigned = await gateway.publish('dispatch.task.assigned', {
      id: TASK, number: 'T20260302-0001', type: 'SPECIMEN', priority: 'STAT', group: 'INTERNAL_MEDICINE', status: 'ASSIGNED',
      workerId: WORKER, actorId: 'dispatcher', at, dueAt: at, note: '急血, patient 王小明',
    });
    const clockedIn = await gateway.publish('dispatch.staff.clocked-in', { staffId: WORKER, staffNo: 'KF0001', group: 'SURGERY', shift: 'EARLY', at, late: false });
    const incident = await gateway.publish('dispatch.incident.reported', {
      id: randomUUID(), taskId: TASK, taskNumber: 'T20260302-0001', group: 'INTERNAL_MEDICINE', kind: 'DELAY', severity: 'MINOR', staffIds: [WORKER], reportedAt: at,
    });
    await reader.waitFor('the incident event', (e) => e.id === String(incident.seq));

    expect(reader.events.map((e) => [e.event, e.id])).toEqual([
      ['dispatch.task.created', String(created.seq)],
      ['dispatch.task.assigned', String(assigned.seq)],
      ['dispatch.staff.clocked-in', String(clockedIn.seq)],
      ['dispatch.incident.reported', String(incident.seq)],
    ]);
    const common = { at, taskId: TASK, number: 'T20260302-0001' };
    expect(reader.events.map(dataOf)).toEqual([
      { ...common, type: 'dispatch.task.created', eventId: created.id, group: 'INTERNAL_MEDICINE', status: 'PENDING', priority: 'STAT', workerId: null },
      { ...common, type: 'dispatch.task.assigned', eventId: assigned.id, group: 'INTERNAL_MEDICINE', status: 'ASSIGNED', priority: 'STAT', workerId: WORKER },
      { type: 'dispatch.staff.clocked-in', eventId: clockedIn.id, at, group: 'SURGERY', taskId: null, number: null, status: null, priority: null, workerId: WORKER },
      { ...common, type: 'dispatch.incident.reported', eventId: incident.id, group: 'INTERNAL_MEDICINE', status: null, priority: null, workerId: null },
    ]);
    expect(reader.comments[0]).toBe('connected');
  });

  it('filters by group: a stream for one group never gets another group’s events, but gets those naming no group', async () => {
    const surgery = await open('?group=SURGERY');
    const medicine = await open('?group=INTERNAL_MEDICINE');
    const medicineTask = await gateway.publish('dispatch.task.created', { id: TASK, number: 'T-IM', group: 'INTERNAL_MEDICINE', priority: 'URGENT' });
    const surgeryWorker = await gateway.publish('dispatch.staff.updated', { id: WORKER, staffNo: 'KF0002', name: '王强', group: 'SURGERY', active: false });
    const noGroup = await gateway.publish('dispatch.task.cancelled', { id: TASK, number: 'T-?', status: 'CANCELLED' });
    // The consumer delivers in stream order, so by the time the last event is in, any earlier one would be too.
    await surgery.waitFor('the group-less event on the surgery stream', (e) => e.id === String(noGroup.seq));
    await medicine.waitFor('the group-less event on the medicine stream', (e) => e.id === String(noGroup.seq));
    expect(surgery.events.map((e) => e.id)).toEqual([surgeryWorker, noGroup].map((e) => String(e.seq)));
    expect(medicine.events.map((e) => e.id)).toEqual([medicineTask, noGroup].map((e) => String(e.seq)));
    // The snapshot's name stays behind.
    expect(surgery.events[0].data).not.toContain('王强');
  });

  it('without Last-Event-ID sends nothing from before it connected, and ignores what is not a board event', async () => {
    const reader = await open();
    await gateway.publish('dispatch.assignment.explained', { id: TASK, group: 'SURGERY' });
    const last = await gateway.publish('dispatch.task.accepted', { id: TASK, number: 'T-LAST', group: 'SURGERY', status: 'ACCEPTED' });
    await reader.waitFor('the accepted event', (e) => e.id === String(last.seq));
    expect(reader.events.map((e) => e.event)).toEqual(['dispatch.task.accepted']);
    expect(reader.events.some((e) => e.data.includes('T-BEFORE'))).toBe(false);
  });

  it('sends a comment heartbeat on a quiet stream', async () => {
    const reader = await open('?group=EMERGENCY');
    await eventually('two heartbeats', async () => reader.comments.filter((c) => c === 'heartbeat').length >= 2, 5 * HEARTBEAT_MS);
    expect(reader.events).toEqual([]);
  });

  it('refuses an unknown group with 400 naming the field', async () => {
    const res = await fetch(gateway.url('/dispatch/board/stream?group=ICU'), { headers: bearer(token) });
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect(((await res.json()) as { errors: unknown[] }).errors).toEqual([expect.objectContaining({ field: 'group' })]);
  });

  it('asks for credentials with 401, and refuses a worker with 403', async () => {
    const anonymous = await fetch(gateway.url('/dispatch/board/stream'));
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get('www-authenticate')).toBe('Bearer realm="hospital-api"');
    const worker = await fetch(gateway.url('/dispatch/board/stream'), { headers: bearer(await gateway.login('worker')) });
    expect(worker.status).toBe(403);
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
    expect((await gateway.jsm.consumers.list(gateway.names.stream).next()).length).toBe(1);
    await gateway.app.close();
    await eventually('the open stream to end', async () => reader.ended);
    expect(await gateway.jsm.consumers.list(gateway.names.stream).next()).toEqual([]);
  });
});

describe('a gateway started before the event stream exists', () => {
  const gateway = new LiveGateway();

  beforeAll(() => gateway.start('boardlate', { createStream: false }), 60_000);
  afterAll(() => gateway.stop(), 30_000);

  it('boots without it, and streams once a service has created it; a stream opened meanwhile is told to reload', async () => {
    expect(gateway.feed.live).toBe(false);
    const token = await gateway.login('dispatcher');
    const early = await gateway.open('', bearer(token));
    await gateway.createStream();
    await eventually('the consumer to start', async () => gateway.feed.live, 10_000);
    const reader = await gateway.open('', bearer(token));
    const event = await gateway.publish('dispatch.task.created', { id: TASK, group: 'SURGERY' });
    expect((await reader.waitFor('the event', (e) => e.id === String(event.seq))).event).toBe('dispatch.task.created');
    // Opened while the gateway could not read the stream: it may have missed something, and hears so first.
    await early.waitFor('the event on the early stream', (e) => e.id === String(event.seq));
    expect(early.events.map((e) => e.event)).toEqual(['reset', 'dispatch.task.created']);
    expect(JSON.parse(early.events[0].data)).toMatchObject({ reason: 'INTERRUPTED', reload: '/api/v1/dispatch/board' });
    expect(reader.events.map((e) => e.event)).toEqual(['dispatch.task.created']);
  }, 30_000);
});
