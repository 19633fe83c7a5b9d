import { BoardStreamEventDto } from '@hospital/contracts';
import { eventually, SseEvent, SseReader } from '@hospital/testing';
import { apiClient } from './support/http';
import { PlatformUnderTest } from './support/platform';

/*
 * The dispatch board and its live stream through the built gateway and dispatch service: a
 * dispatcher watches the stream over real HTTP (fetch, as a browser client with a bearer token
 * does, or with a one-time ticket, as the browser's EventSource does) while jobs are created and
 * assigned through the API, and comes back after a dropped connection with Last-Event-ID.
 */

const platform = new PlatformUnderTest();
const { call, login } = apiClient(platform);
let dispatcherToken: string;
let workerToken: string;
let managerToken: string;
const streams: SseReader[] = [];

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
/** An SSE id of the board stream: the event's stream sequence. */
const SEQUENCE = /^[1-9][0-9]*$/;

const specimenTask = (group: string) => ({
  type: 'SPECIMEN',
  priority: 'STAT',
  group,
  origin: { department: '心内科', ward: '5病区', bed: '12' },
  destination: { department: '检验科' },
  requester: { department: '心内科', contactName: '李护士', phone: '13800138000' },
  specimen: { kind: 'URGENT', count: 2, container: '紫头管' },
});

async function openStream(token: string, query = ''): Promise<SseReader> {
  const reader = await SseReader.open(platform.url(`/dispatch/board/stream${query}`), { authorization: `Bearer ${token}` });
  streams.push(reader);
  return reader;
}

const about = (taskId: string, event?: string) => (e: SseEvent) =>
  (event === undefined || e.event === event) && (JSON.parse(e.data) as BoardStreamEventDto).taskId === taskId;

beforeAll(async () => {
  await platform.start('e2eboard');
  [dispatcherToken, workerToken, managerToken] = await Promise.all([login('dispatcher'), login('worker'), login('manager')]);
}, 120_000);

afterAll(async () => {
  for (const reader of streams) await reader.close();
  await platform.stop();
}, 60_000);

describe('who may see the board', () => {
  it('refuses a worker on the board and on its stream with 403', async () => {
    const board = await call('GET', '/dispatch/board', { token: workerToken });
    expect(board.status).toBe(403);
    expect(board.body.code).toBe('FORBIDDEN');

    const stream = await fetch(platform.url('/dispatch/board/stream'), { headers: { authorization: `Bearer ${workerToken}` } });
    expect(stream.status).toBe(403);
    expect(stream.headers.get('content-type')).toContain('application/problem+json');
    expect(((await stream.json()) as { code: string }).code).toBe('FORBIDDEN');
  });

  it('asks for a bearer token on the stream, and does not take one from the URL', async () => {
    expect((await fetch(platform.url('/dispatch/board/stream'))).status).toBe(401);
    // Tokens in URLs end up in access logs; the stream takes the Authorization header only.
    expect((await fetch(platform.url(`/dispatch/board/stream?access_token=${dispatcherToken}`))).status).toBe(401);
    // And a client that tries anyway does not leave its token in the gateway's request log.
    await eventually('the refused request in the log', async () => platform.gateway.output.join('').includes('access_token=%5Bredacted%5D') || undefined);
    expect(platform.gateway.output.join('')).not.toContain(dispatcherToken);
  });
});

describe('the live board', () => {
  let courier: { id: string; name: string };
  let taskId: string;
  let taskNumber: string;

  beforeAll(async () => {
    const res = await call('GET', '/staff?post=SPECIMEN_COURIER&group=INTERNAL_MEDICINE&limit=1', { token: dispatcherToken });
    courier = res.body.items[0];
  });

  it("streams a job's creation and then its assignment as they happen, and not to another group's stream", async () => {
    const everything = await openStream(dispatcherToken);
    const medicine = await openStream(dispatcherToken, '?group=INTERNAL_MEDICINE');
    const surgery = await openStream(managerToken, '?group=SURGERY');
    for (const reader of [everything, medicine, surgery]) {
      expect(reader.response.status).toBe(200);
      expect(reader.response.headers.get('content-type')).toContain('text/event-stream');
    }

    const created = await call('POST', '/dispatch/tasks', { token: dispatcherToken, body: specimenTask('INTERNAL_MEDICINE') });
    expect(created.status).toBe(201);
    ({ id: taskId, number: taskNumber } = created.body);
    const assigned = await call('POST', `/dispatch/tasks/${taskId}/assign`, { token: dispatcherToken, body: { workerId: courier.id } });
    expect(assigned.status).toBe(200);

    for (const reader of [everything, medicine]) {
      await reader.waitFor('the assignment', about(taskId, 'dispatch.task.assigned'));
      const steps = reader.events.filter(about(taskId));
      expect(steps.map((e) => e.event)).toEqual(['dispatch.task.created', 'dispatch.task.assigned']);
      for (const step of steps) expect(step.id).toMatch(SEQUENCE);
      expect(Number(steps[1].id)).toBeGreaterThan(Number(steps[0].id));
      expect(steps.map((e) => JSON.parse(e.data))).toEqual([
        { type: 'dispatch.task.created', eventId: expect.stringMatching(UUID), at: created.body.createdAt, group: 'INTERNAL_MEDICINE', taskId, number: taskNumber, status: 'PENDING', priority: 'STAT', workerId: null },
        { type: 'dispatch.task.assigned', eventId: expect.stringMatching(UUID), at: expect.any(String), group: 'INTERNAL_MEDICINE', taskId, number: taskNumber, status: 'ASSIGNED', priority: 'STAT', workerId: courier.id },
      ]);
    }

    // One consumer feeds every stream in publication order, each filtering as an event passes: once
    // the later surgery job is on the surgery stream, the medicine job's events would be there before it.
    const surgeryJob = await call('POST', '/dispatch/tasks', { token: dispatcherToken, body: specimenTask('SURGERY') });
    await surgery.waitFor('the surgery job', about(surgeryJob.body.id, 'dispatch.task.created'));
    expect(surgery.events.filter(about(taskId))).toEqual([]);
    expect(medicine.events.filter(about(surgeryJob.body.id))).toEqual([]);
  });

  it('shows the job in hand on the board with its assignee, and the courier carrying it', async () => {
    const res = await call('GET', '/dispatch/board?group=INTERNAL_MEDICINE', { token: dispatcherToken });
    expect(res.status).toBe(200);
    expect(res.body.group).toBe('INTERNAL_MEDICINE');
    expect(res.body.inHand).toContainEqual(
      expect.objectContaining({ id: taskId, number: taskNumber, status: 'ASSIGNED', assigneeId: courier.id, assigneeName: courier.name, overdue: false }),
    );
    expect(res.body.pending.map((t: { id: string }) => t.id)).not.toContain(taskId);
    expect(res.body.counts.inHand).toBeGreaterThanOrEqual(1);
    expect(res.body.workers).toContainEqual(expect.objectContaining({ staffId: courier.id, load: 1 }));
    expect(JSON.stringify(res.body)).not.toContain('李护士');

    const whole = await call('GET', '/dispatch/board', { token: managerToken });
    expect(whole.status).toBe(200);
    expect(whole.body.group).toBeNull();
    expect(whole.body.pending.map((t: { group: string }) => t.group)).toContain('SURGERY');
  });

  it('refuses an unknown group with 400 naming the field', async () => {
    const res = await call('GET', '/dispatch/board?group=ICU', { token: dispatcherToken });
    expect(res.status).toBe(400);
    expect(res.body.errors[0].field).toBe('group');
  });
});

describe('a client that drops and comes back', () => {
  const createdOn = (reader: SseReader) =>
    reader.events.filter((e) => e.event === 'dispatch.task.created').map((e) => [e.id, (JSON.parse(e.data) as BoardStreamEventDto).taskId]);

  it('gets every job created while it was away once, in order, after reconnecting with Last-Event-ID, then the live ones', async () => {
    const first = await openStream(dispatcherToken, '?group=SURGERY');
    const before = await call('POST', '/dispatch/tasks', { token: dispatcherToken, body: specimenTask('SURGERY') });
    const seen = await first.waitFor('the job before the drop', about(before.body.id, 'dispatch.task.created'));
    await first.close();

    const meanwhile: string[] = [];
    for (const group of ['SURGERY', 'INTERNAL_MEDICINE', 'SURGERY', 'SURGERY']) {
      const res = await call('POST', '/dispatch/tasks', { token: dispatcherToken, body: specimenTask(group) });
      expect(res.status).toBe(201);
      if (group === 'SURGERY') meanwhile.push(res.body.id);
    }

    // What EventSource sends by itself when it reconnects.
    const back = await SseReader.open(platform.url('/dispatch/board/stream?group=SURGERY'), {
      authorization: `Bearer ${dispatcherToken}`,
      'last-event-id': seen.id as string,
    });
    streams.push(back);
    expect(back.response.status).toBe(200);
    const live = await call('POST', '/dispatch/tasks', { token: dispatcherToken, body: specimenTask('SURGERY') });
    await back.waitFor('the live job', about(live.body.id, 'dispatch.task.created'));

    const got = createdOn(back);
    expect(got.map(([, taskId]) => taskId)).toEqual([...meanwhile, live.body.id]);
    const ids = got.map(([id]) => Number(id));
    expect(ids.every((id, i) => i === 0 || id > ids[i - 1])).toBe(true);
    expect(ids[0]).toBeGreaterThan(Number(seen.id));
    expect(back.events.some((e) => e.event === 'reset')).toBe(false);
  });

  it('opens from a browser with a one-time ticket (no header), resumes with a new one, and keeps the tickets out of the log', async () => {
    const ticket = async () => {
      const res = await call<{ ticket: string; expiresIn: number }>('POST', '/dispatch/board/stream-tickets', { token: dispatcherToken });
      expect(res.status).toBe(201);
      expect(res.body.expiresIn).toBe(60);
      return res.body.ticket;
    };
    const firstTicket = await ticket();
    const first = await SseReader.open(platform.url(`/dispatch/board/stream?ticket=${firstTicket}`));
    streams.push(first);
    expect(first.response.status).toBe(200);
    const before = await call('POST', '/dispatch/tasks', { token: dispatcherToken, body: specimenTask('SURGERY') });
    const seen = await first.waitFor('the job', about(before.body.id, 'dispatch.task.created'));
    await first.close();

    // EventSource retries the same URL: the ticket is used up.
    expect((await fetch(platform.url(`/dispatch/board/stream?ticket=${firstTicket}`))).status).toBe(401);

    const missed = await call('POST', '/dispatch/tasks', { token: dispatcherToken, body: specimenTask('SURGERY') });
    const secondTicket = await ticket();
    const back = await SseReader.open(platform.url(`/dispatch/board/stream?ticket=${secondTicket}&lastEventId=${seen.id}`));
    streams.push(back);
    await back.waitFor('the job created while away', about(missed.body.id, 'dispatch.task.created'));
    expect(createdOn(back).map(([, taskId]) => taskId)).toEqual([missed.body.id]);

    await back.close();
    // Three requests carried a ticket (the first, its retry, the resume): each is in the request log, without it.
    const redacted = () => platform.gateway.output.join('').split('ticket=%5Bredacted%5D').length - 1;
    await eventually('the ticket requests in the log', async () => redacted() >= 3);
    const log = platform.gateway.output.join('');
    expect(log).not.toContain(firstTicket);
    expect(log).not.toContain(secondTicket);
  });
});

describe('when the gateway stops', () => {
  it('ends the open streams and exits cleanly on SIGTERM', async () => {
    const watching = await openStream(dispatcherToken);
    expect(await platform.gateway.stop('SIGTERM')).toBe(0);
    expect(platform.gateway.output.join('')).toContain('closed cleanly');
    await eventually('the open stream to end', async () => watching.ended, 5_000);
  });
});
