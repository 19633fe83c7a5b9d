import { DispatchEvent, EventEnvelope, StreamNames } from '@hospital/contracts';
import { deleteTestStream, eventually, natsUrl, uniqueSubjectPrefix } from '@hospital/testing';
import { randomUUID } from 'node:crypto';
import { connect, NatsConnection } from 'nats';
import { firstValueFrom, toArray } from 'rxjs';
import { EventFeed } from './event-feed';
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
