import { EventEnvelope } from '@hospital/contracts';
import { StoredMsg } from 'nats';
import { randomUUID } from 'node:crypto';
import { createTestDatabase, eventually, TestDatabase, uniqueSubjectPrefix } from '@hospital/testing';
import { requestContext } from '../context/request-context';
import { OutboxRelay } from './outbox-relay';
import { count, MessagingApp, NatsObserver, observeNats, SERVICE, startMessagingApp, WIDGET_CREATED } from './testing.spec-helper';

interface WidgetPayload {
  id: string;
  label: string;
  n?: number;
}

interface OutboxRow {
  seq: string;
  id: string;
  subject: string;
  aggregate_id: string;
  envelope: EventEnvelope<string, WidgetPayload>;
  published_at: Date | null;
  attempts: number;
}

const UUID_V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('outbox: UnitOfWork and relay (real Postgres and NATS)', () => {
  const prefix = uniqueSubjectPrefix('msgout');
  let database: TestDatabase;
  let app: MessagingApp;
  let nats: NatsObserver;
  let subject: string;

  /** A use case: create a widget and say so, in one transaction. */
  const createWidget = (label: string, options: { aggregateId?: string; n?: number; failAfterEmit?: (e: EventEnvelope) => void } = {}) =>
    app.uow.run(async ({ manager, emit }) => {
      const id = randomUUID();
      await manager.query(`INSERT INTO "${SERVICE}"."widgets" ("id", "label") VALUES ($1, $2)`, [id, label]);
      const event = emit<EventEnvelope<typeof WIDGET_CREATED, WidgetPayload>>(WIDGET_CREATED, options.aggregateId ?? id, { id, label, n: options.n });
      if (options.failAfterEmit) {
        options.failAfterEmit(event);
        throw new Error('the use case failed after emitting');
      }
      return { id, event };
    });

  const outboxRow = async (id: string): Promise<OutboxRow | undefined> =>
    ((await app.db.query(`SELECT * FROM "${SERVICE}"."outbox" WHERE "id" = $1`, [id])) as OutboxRow[])[0];

  const published = (id: string) => eventually(`event ${id} to be published`, async () => (await outboxRow(id))?.published_at ?? undefined);

  const streamMessages = async (): Promise<StoredMsg[]> => nats.readStream(app.names.stream);
  const body = (m: StoredMsg) => m.json<EventEnvelope<string, WidgetPayload>>();

  beforeAll(async () => {
    database = await createTestDatabase('msgoutbox');
    nats = await observeNats();
    app = await startMessagingApp({ databaseUrl: database.url, prefix });
    subject = `${prefix}hospital.${WIDGET_CREATED}`;
  });

  afterAll(async () => {
    await app?.close();
    await nats?.dispose(`${prefix.slice(0, -1).toUpperCase()}_HOSPITAL`);
    await database?.drop();
  });

  describe('UnitOfWork.run', () => {
    it('writes the change and its event to the outbox together', async () => {
      const { id, event } = await createWidget('committed');

      expect(await count(app.db, `SELECT 1 FROM "${SERVICE}"."widgets" WHERE "id" = $1`, [id])).toBe(1);
      const row = await outboxRow(event.id);
      expect(row).toMatchObject({ id: event.id, subject, aggregate_id: id, attempts: 0 });
      expect(row!.envelope).toEqual(event);
      expect(event).toMatchObject({ type: WIDGET_CREATED, version: 1, source: SERVICE, aggregateId: id, correlationId: null, payload: { id, label: 'committed' } });
      expect(event.id).toMatch(UUID_V7);
      expect(new Date(event.occurredAt).toISOString()).toBe(event.occurredAt);
    });

    it('writes neither the change nor the event when the work throws after emitting', async () => {
      let emitted: EventEnvelope | undefined;
      const aggregateId = randomUUID();

      await expect(createWidget('rolled-back', { aggregateId, failAfterEmit: (e) => (emitted = e) })).rejects.toThrow('the use case failed after emitting');

      expect(emitted).toBeDefined();
      expect(await count(app.db, `SELECT 1 FROM "${SERVICE}"."widgets" WHERE "label" = 'rolled-back'`)).toBe(0);
      expect(await outboxRow(emitted!.id)).toBeUndefined();
      expect(await count(app.db, `SELECT 1 FROM "${SERVICE}"."outbox" WHERE "aggregate_id" = $1`, [aggregateId])).toBe(0);

      // And it never reaches the stream: a later event of the same aggregate goes out, the rolled-back one does not.
      const { event: later } = await createWidget('after-rollback', { aggregateId });
      await published(later.id);
      const ids = (await streamMessages()).map((m) => m.header?.get('Nats-Msg-Id'));
      expect(ids).toContain(later.id);
      expect(ids).not.toContain(emitted!.id);
    });

    it('writes no outbox row when the work emits nothing', async () => {
      const before = await count(app.db, `SELECT 1 FROM "${SERVICE}"."outbox"`);
      await app.uow.run(({ manager }) => manager.query(`INSERT INTO "${SERVICE}"."widgets" ("id", "label") VALUES ($1, 'silent')`, [randomUUID()]));
      expect(await count(app.db, `SELECT 1 FROM "${SERVICE}"."outbox"`)).toBe(before);
    });

    it('carries the request id into the envelope and into the message headers', async () => {
      const { event } = await requestContext.run({ requestId: 'req-outbox-1' }, () => createWidget('correlated'));
      expect(event.correlationId).toBe('req-outbox-1');

      await published(event.id);
      const message = (await streamMessages()).find((m) => m.header?.get('Nats-Msg-Id') === event.id);
      expect(message?.header?.get('x-request-id')).toBe('req-outbox-1');
    });
  });

  describe('OutboxRelay', () => {
    it('publishes a committed event to its own stream with Nats-Msg-Id = event id, and marks it sent', async () => {
      const { id, event } = await createWidget('to-publish');

      const publishedAt = await published(event.id);

      expect(publishedAt.getTime()).toBeGreaterThanOrEqual(new Date(event.occurredAt).getTime() - 1_000);
      expect((await nats.jsm.streams.info(`${prefix.slice(0, -1).toUpperCase()}_HOSPITAL`)).config.subjects).toEqual([`${prefix}hospital.>`]);
      const matches = (await streamMessages()).filter((m) => m.header?.get('Nats-Msg-Id') === event.id);
      expect(matches).toHaveLength(1);
      expect(matches[0].subject).toBe(`${prefix}hospital.msgtest.widget.created`);
      expect(body(matches[0])).toEqual(event);
      expect(body(matches[0]).payload).toEqual({ id, label: 'to-publish' });
    });

    it('keeps the order of one aggregate\'s events (20 transactions) while another aggregate interleaves', async () => {
      const [a, b] = [randomUUID(), randomUUID()];
      const chain = async (aggregateId: string) => {
        const ids: string[] = [];
        for (let n = 0; n < 20; n++) ids.push((await createWidget(`order-${n}`, { aggregateId, n })).event.id);
        return ids;
      };
      const [idsA, idsB] = await Promise.all([chain(a), chain(b)]);
      await Promise.all([published(idsA[19]), published(idsB[19])]);

      const messages = (await streamMessages()).map(body);
      for (const [aggregateId, ids] of [[a, idsA], [b, idsB]] as const) {
        const mine = messages.filter((e) => e.aggregateId === aggregateId);
        expect(mine.map((e) => e.id)).toEqual(ids);
        expect(mine.map((e) => e.payload.n)).toEqual([...Array(20).keys()]);
      }
    });

    it('publishes what was committed while it was stopped, in order, and the backlog metric falls back to 0', async () => {
      const relay = app.module.get(OutboxRelay);
      await relay.beforeApplicationShutdown();
      try {
        const aggregateId = randomUUID();
        const ids: string[] = [];
        for (let n = 0; n < 5; n++) ids.push((await createWidget(`backlog-${n}`, { aggregateId, n })).event.id);
        for (let n = 0; n < 3; n++) ids.push((await createWidget(`backlog-other-${n}`)).event.id);

        expect(await app.metric('outbox_backlog')).toBe(8);
        expect(await count(app.db, `SELECT 1 FROM "${SERVICE}"."outbox" WHERE "published_at" IS NULL`)).toBe(8);

        relay.onApplicationBootstrap();
        await eventually('the backlog to drain', async () => (await app.metric('outbox_backlog')) === 0);

        const messages = (await streamMessages()).map(body);
        expect(messages.filter((e) => e.aggregateId === aggregateId).map((e) => e.payload.n)).toEqual([0, 1, 2, 3, 4]);
        expect(messages.map((e) => e.id)).toEqual(expect.arrayContaining(ids));
      } finally {
        relay.onApplicationBootstrap();
      }
    });

    it('leaves every row published, once, with no failed attempts', async () => {
      await eventually('the backlog to drain', async () => (await app.metric('outbox_backlog')) === 0);
      const rows = (await app.db.query(`SELECT "id", "published_at", "attempts", "last_error" FROM "${SERVICE}"."outbox"`)) as OutboxRow[];
      expect(rows.every((r) => r.published_at !== null && r.attempts === 0)).toBe(true);
      const messages = await streamMessages();
      expect(messages).toHaveLength(rows.length);
      expect(new Set(messages.map((m) => m.header?.get('Nats-Msg-Id')))).toEqual(new Set(rows.map((r) => r.id)));
      expect(await app.metric('outbox_published_total')).toBe(rows.length);
    });
  });
});
