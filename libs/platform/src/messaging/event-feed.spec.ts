import { DispatchEvent, EventEnvelope, StreamNames } from '@hospital/contracts';
import { deleteTestStream, eventually, natsUrl, uniqueSubjectPrefix } from '@hospital/testing';
import { randomUUID } from 'node:crypto';
import { connect, NatsConnection } from 'nats';
import { firstValueFrom, Subscription, toArray } from 'rxjs';
import { EventFeed, FeedItem } from './event-feed';
import { ensureStream } from './stream';

describe('EventFeed (real NATS JetStream)', () => {
  const prefix = uniqueSubjectPrefix('evfeed');
  const names = new StreamNames(prefix);
  let nc: NatsConnection;
  let feed: EventFeed<DispatchEvent>;

  const publish = async (type: string, body: string | EventEnvelope): Promise<void> => {
    await nc.jetstream().publish(names.subject(type), typeof body === 'string' ? body : JSON.stringify(body), { msgID: randomUUID() });
  };
  const envelope = (type: string, payload: unknown): EventEnvelope => ({
    id: randomUUID(), type, version: 1, occurredAt: new Date().toISOString(), source: 'dispatch', correlationId: null, aggregateId: 'a', payload,
  });

  beforeAll(async () => {
    nc = await connect({ servers: natsUrl(), name: 'event-feed-spec' });
    await ensureStream(await nc.jetstreamManager(), names, { maxAgeDays: 1, duplicateWindowMs: 120_000 });
    await publish('dispatch.task.created', envelope('dispatch.task.created', { id: 'before' }));
    feed = new EventFeed<DispatchEvent>({ servers: natsUrl(), subjectPrefix: prefix, types: ['dispatch.>'], name: 'event-feed-spec', startTimeoutMs: 5_000 });
    await feed.onApplicationBootstrap();
  }, 30_000);

  afterAll(async () => {
    await feed?.beforeApplicationShutdown();
    await nc?.close();
    await deleteTestStream(natsUrl(), prefix);
  }, 30_000);

  it('delivers the well-formed events of its families published after it started, in order, and completes on shutdown', async () => {
    // Boot waits for the consumer only so long; on a busy machine it may come up just after.
    await eventually('the feed to be live', async () => feed.live);
    const received = firstValueFrom(feed.events.pipe(toArray()));
    const seen: string[] = [];
    const sub = feed.events.subscribe((e) => seen.push(e.id));
    const first = envelope('dispatch.task.assigned', { id: 't1' });
    const last = envelope('dispatch.staff.clocked-in', { staffId: 's1' });
    await publish('dispatch.task.assigned', first);
    await publish('dispatch.task.created', 'not json');
    await publish('dispatch.task.created', JSON.stringify({ type: 'dispatch.task.created' })); // no id
    await publish('deposit.checked-in', envelope('deposit.checked-in', { id: 'other family' }));
    await publish('dispatch.staff.clocked-in', last);
    await eventually('the last event', async () => seen.includes(last.id));
    sub.unsubscribe();
    await feed.beforeApplicationShutdown();
    expect((await received).map((e) => e.id)).toEqual([first.id, last.id]);
    expect(feed.live).toBe(false);
    expect(await (await nc.jetstreamManager()).consumers.list(names.stream).next()).toEqual([]);
  }, 30_000);
});

describe('EventFeed sequences, replay and gaps (real NATS JetStream)', () => {
  const prefix = uniqueSubjectPrefix('evreplay');
  const names = new StreamNames(prefix);
  let nc: NatsConnection;
  let feed: EventFeed<DispatchEvent>;
  const items: FeedItem<DispatchEvent>[] = [];
  let subscription: Subscription;

  /** Publishes like the outbox relay and answers the stream sequence JetStream gave the message. */
  const publish = async (type: string, body?: string): Promise<{ id: string; seq: number }> => {
    const id = randomUUID();
    const envelope = { id, type, version: 1, occurredAt: new Date().toISOString(), source: 'dispatch', correlationId: null, aggregateId: 'a', payload: {} };
    const ack = await nc.jetstream().publish(names.subject(type), body ?? JSON.stringify(envelope), { msgID: randomUUID() });
    return { id, seq: ack.seq };
  };
  const replayed = (after: number, until: number, limit = 1_000) => firstValueFrom(feed.replay(after, until, limit).pipe(toArray()));
  const refusal = (after: number, until: number, limit = 1_000) => replayed(after, until, limit).then(() => null, (error: unknown) => error);
  const consumers = async () => (await (await nc.jetstreamManager()).consumers.list(names.stream).next()).length;

  beforeAll(async () => {
    nc = await connect({ servers: natsUrl(), name: 'event-feed-replay-spec' });
    await ensureStream(await nc.jetstreamManager(), names, { maxAgeDays: 1, duplicateWindowMs: 120_000 });
    await publish('dispatch.task.created');
    feed = new EventFeed<DispatchEvent>({ servers: natsUrl(), subjectPrefix: prefix, types: ['dispatch.>'], name: 'event-feed-replay-spec', startTimeoutMs: 5_000 });
    await feed.onApplicationBootstrap();
    await eventually('the feed to be live', async () => feed.live);
    subscription = feed.items.subscribe((item) => items.push(item));
  }, 30_000);

  afterAll(async () => {
    subscription?.unsubscribe();
    await feed?.beforeApplicationShutdown();
    await nc?.close();
    await deleteTestStream(natsUrl(), prefix);
  }, 30_000);

  it('gives every event its stream sequence, and its position is the last one delivered', async () => {
    const start = feed.position as number;
    expect(start).toBe(1); // the stream's end when it started: the event before it is not delivered
    const first = await publish('dispatch.task.assigned');
    await publish('deposit.checked-in'); // another family: neither delivered nor counted
    const last = await publish('dispatch.task.started');
    await eventually('the last event', async () => feed.position === last.seq);
    expect(items).toEqual([
      { kind: 'event', seq: first.seq, event: expect.objectContaining({ id: first.id }) },
      { kind: 'event', seq: last.seq, event: expect.objectContaining({ id: last.id }) },
    ]);
    expect(last.seq).toBe(first.seq + 2);
  });

  it('replays the events of its families in (after, until] from the stream, in order, skipping what is not an envelope', async () => {
    const a = await publish('dispatch.task.accepted');
    await publish('dispatch.task.created', 'not json');
    await publish('feedback.praise.received');
    const b = await publish('dispatch.task.completed');
    const c = await publish('dispatch.task.cancelled');
    const replay = await replayed(a.seq - 1, b.seq);
    expect(replay.map((e) => [e.seq, e.event.id])).toEqual([
      [a.seq, a.id],
      [b.seq, b.id],
    ]);
    // Up to the stream's end, and nothing when there is nothing after `after`.
    expect((await replayed(b.seq, c.seq)).map((e) => e.event.id)).toEqual([c.id]);
    expect(await replayed(c.seq, c.seq)).toEqual([]);
    // Its consumer is gone from the server once it is done: only the feed's own is left.
    expect(await consumers()).toBe(1);
  });

  it('refuses what it cannot give whole: too many events, an id the stream never reached, and events no longer kept', async () => {
    const last = await publish('dispatch.task.overdue');
    expect(await refusal(last.seq - 3, last.seq, 2)).toMatchObject({ reason: 'too-many' });
    expect(await refusal(last.seq + 5, last.seq)).toMatchObject({ reason: 'unknown' });
    // Retention, as EVENTS_MAX_AGE_DAYS would: everything before `last` is gone.
    await (await nc.jetstreamManager()).streams.purge(names.stream, { seq: last.seq });
    expect(await refusal(last.seq - 2, last.seq)).toMatchObject({ reason: 'expired', message: expect.stringContaining(`starts at ${last.seq}`) });
    // Just before the first event kept, nothing is missing.
    expect((await replayed(last.seq - 1, last.seq)).map((e) => e.seq)).toEqual([last.seq]);
    expect(await consumers()).toBe(1);
  });

  it('says so with a gap when the stream it was reading is created again, and goes on from the new stream’s start', async () => {
    const before = await publish('dispatch.task.assigned');
    await eventually('the event before', async () => feed.position === before.seq);
    const jsm = await nc.jetstreamManager();
    await jsm.streams.delete(names.stream);
    await ensureStream(jsm, names, { maxAgeDays: 1, duplicateWindowMs: 120_000 });
    await eventually('the gap', async () => items.some((item) => item.kind === 'gap'), 20_000);
    const after = await publish('dispatch.task.started');
    await eventually('the event after', async () => feed.position === after.seq);
    expect(items.slice(-2)).toEqual([
      { kind: 'gap', seq: 0, reason: 'recreated' },
      { kind: 'event', seq: 1, event: expect.objectContaining({ id: after.id }) },
    ]);
  }, 30_000);
});
