import { ERROR_HTTP_STATUS, ErrorCode, Role, StreamNames } from '@hospital/contracts';
import { randomUUID } from 'node:crypto';
import { actors, createTestDatabase, TestDatabase, uniqueSubjectPrefix } from '@hospital/testing';
import { DomainError } from '../errors/domain-error';
import { idempotentRequest } from './idempotency';
import { count, MessagingApp, NatsObserver, observeNats, SERVICE, startMessagingApp, WIDGET_CREATED } from './testing.spec-helper';

interface CreateWidget {
  label: string;
  tags?: string[];
  note?: string;
}

interface WidgetResponse {
  id: string;
  label: string;
  createdAt: string;
  eventId: string;
}

const OPERATION = 'msgtest.widget.create';

const caller = (id: string) => actors.user(Role.Dispatcher, { id });

describe('Idempotency-Key in UnitOfWork.run (real Postgres)', () => {
  const prefix = uniqueSubjectPrefix('msgidem');
  let database: TestDatabase;
  let app: MessagingApp;
  let nats: NatsObserver;
  let runs = 0;

  /** A creating use case as a service writes it; `gate` lets a test hold it inside its transaction. */
  const create = (body: CreateWidget, key: string | null, options: { scope?: string; gate?: Promise<void>; entered?: () => void } = {}) => {
    const idempotency = idempotentRequest(key, OPERATION, caller(options.scope ?? 'user-1'), body);
    return app.uow.run<WidgetResponse>(async ({ manager, emit }) => {
      runs++;
      const id = randomUUID();
      const [{ created_at }] = (await manager.query(`INSERT INTO "${SERVICE}"."widgets" ("id", "label") VALUES ($1, $2) RETURNING "created_at"`, [id, body.label])) as [
        { created_at: Date },
      ];
      const event = emit(WIDGET_CREATED, id, { id, label: body.label });
      options.entered?.();
      await options.gate;
      return { id, label: body.label, createdAt: created_at.toISOString(), eventId: event.id };
    }, { idempotency });
  };

  const widgets = (label: string) => count(app.db, `SELECT 1 FROM "${SERVICE}"."widgets" WHERE "label" = $1`, [label]);
  const outboxFor = (label: string) => count(app.db, `SELECT 1 FROM "${SERVICE}"."outbox" WHERE "envelope"->'payload'->>'label' = $1`, [label]);
  const keyRows = (key: string) =>
    app.db.query(`SELECT "scope", "operation", "key", "request_hash", "response", "expires_at" FROM "${SERVICE}"."idempotency_keys" WHERE "key" = $1 ORDER BY "scope"`, [key]) as Promise<
      { scope: string; operation: string; key: string; request_hash: string; response: WidgetResponse; expires_at: Date }[]
    >;
  const failure = (promise: Promise<unknown>) => promise.then(() => null, (error: unknown) => error as DomainError);

  beforeAll(async () => {
    database = await createTestDatabase('msgidem');
    nats = await observeNats();
    app = await startMessagingApp({ databaseUrl: database.url, prefix, env: { IDEMPOTENCY_TTL_HOURS: '2' } });
  });

  afterAll(async () => {
    await app?.close();
    await nats?.dispose(new StreamNames(prefix).stream);
    await database?.drop();
  });

  it('answers reuse with 422 and a request still in flight with 409 at the gateway', () => {
    expect(ERROR_HTTP_STATUS[ErrorCode.IdempotencyKeyReused]).toBe(422);
    expect(ERROR_HTTP_STATUS[ErrorCode.IdempotencyKeyInUse]).toBe(409);
  });

  it('same key and same body: the first response again, and nothing new written', async () => {
    const key = randomUUID();
    const first = await create({ label: 'same', tags: ['a', 'b'], note: undefined }, key);
    const runsAfterFirst = runs;

    // The same request, with its fields in another order: still the same request.
    const again = await create({ tags: ['a', 'b'], label: 'same' }, key);

    expect(again).toEqual(first);
    expect(runs).toBe(runsAfterFirst);
    expect(await widgets('same')).toBe(1);
    expect(await outboxFor('same')).toBe(1);
    const [row] = await keyRows(key);
    expect(row).toMatchObject({ scope: 'user-1', operation: OPERATION, key, response: first });
    // Kept for IDEMPOTENCY_TTL_HOURS (2 h here).
    const ttlMs = row.expires_at.getTime() - Date.now();
    expect(ttlMs).toBeGreaterThan(2 * 3600_000 - 60_000);
    expect(ttlMs).toBeLessThanOrEqual(2 * 3600_000 + 5_000);
  });

  it('same key, different body: IDEMPOTENCY_KEY_REUSED (422) naming the header, and nothing written', async () => {
    const key = randomUUID();
    const first = await create({ label: 'original', tags: ['a', 'b'] }, key);

    for (const other of [{ label: 'changed' }, { label: 'original', tags: ['b', 'a'] }]) {
      const error = await failure(create(other, key));
      expect(error).toBeInstanceOf(DomainError);
      expect(error).toMatchObject({ code: ErrorCode.IdempotencyKeyReused });
      expect(error!.details?.errors?.[0]?.field).toBe('Idempotency-Key');
    }

    expect(await widgets('changed')).toBe(0);
    expect(await outboxFor('changed')).toBe(0);
    expect(await widgets('original')).toBe(1);
    expect((await keyRows(key)).map((r) => r.response)).toEqual([first]);
  });

  it('a second request while the first is still running: IDEMPOTENCY_KEY_IN_USE (409) at once; afterwards the first response', async () => {
    const key = randomUUID();
    let open!: () => void;
    const gate = new Promise<void>((resolve) => (open = resolve));
    let entered!: () => void;
    const inside = new Promise<void>((resolve) => (entered = resolve));

    const firstRun = create({ label: 'slow' }, key, { gate, entered });
    await inside;
    try {
      const started = Date.now();
      const error = await failure(create({ label: 'slow' }, key));
      expect(error).toMatchObject({ code: ErrorCode.IdempotencyKeyInUse });
      // Refused at once, not queued behind the first.
      expect(Date.now() - started).toBeLessThan(1_000);
      // A different body while the first runs is refused the same way (it cannot be judged yet).
      expect(await failure(create({ label: 'other' }, key))).toMatchObject({ code: ErrorCode.IdempotencyKeyInUse });
    } finally {
      open();
    }
    const first = await firstRun;

    await expect(create({ label: 'slow' }, key)).resolves.toEqual(first);
    expect(await widgets('slow')).toBe(1);
    expect(await outboxFor('slow')).toBe(1);
  });

  it('is private to its caller: the same key from another scope is a new request', async () => {
    const key = randomUUID();
    const mine = await create({ label: 'scoped' }, key, { scope: 'user-1' });
    const theirs = await create({ label: 'scoped' }, key, { scope: 'user-2' });

    expect(theirs.id).not.toBe(mine.id);
    expect(await widgets('scoped')).toBe(2);
    expect((await keyRows(key)).map((r) => [r.scope, r.response.id])).toEqual([
      ['user-1', mine.id],
      ['user-2', theirs.id],
    ]);
    await expect(create({ label: 'scoped' }, key, { scope: 'user-2' })).resolves.toEqual(theirs);
  });

  it('forgets an expired key: the same key is then a new request, even with another body', async () => {
    const key = randomUUID();
    const first = await create({ label: 'expiring' }, key);
    await app.db.query(`UPDATE "${SERVICE}"."idempotency_keys" SET "expires_at" = now() - interval '1 second' WHERE "key" = $1`, [key]);

    const second = await create({ label: 'expiring' }, key);
    expect(second.id).not.toBe(first.id);
    expect(await widgets('expiring')).toBe(2);
    expect((await keyRows(key)).map((r) => r.response)).toEqual([second]);

    await app.db.query(`UPDATE "${SERVICE}"."idempotency_keys" SET "expires_at" = now() - interval '1 second' WHERE "key" = $1`, [key]);
    const third = await create({ label: 'expired-other-body' }, key);
    expect(third.label).toBe('expired-other-body');
    expect((await keyRows(key)).map((r) => r.response)).toEqual([third]);
  });

  it('remembers nothing when the work fails, so the client can retry with the same key', async () => {
    const key = randomUUID();
    const failing = app.uow.run(
      async ({ manager }) => {
        await manager.query(`INSERT INTO "${SERVICE}"."widgets" ("id", "label") VALUES ($1, 'failed')`, [randomUUID()]);
        throw new DomainError(ErrorCode.ValidationFailed, 'rejected by a business rule');
      },
      { idempotency: idempotentRequest(key, OPERATION, caller('user-1'), { label: 'failed' }) },
    );
    await expect(failing).rejects.toMatchObject({ code: ErrorCode.ValidationFailed });
    expect(await keyRows(key)).toEqual([]);
    expect(await widgets('failed')).toBe(0);

    const retried = await create({ label: 'failed' }, key);
    expect(retried.label).toBe('failed');
    expect(await widgets('failed')).toBe(1);
  });

  it('without a key, every request is new', async () => {
    const a = await create({ label: 'no-key' }, null);
    const b = await create({ label: 'no-key' }, null);
    expect(a.id).not.toBe(b.id);
    expect(await widgets('no-key')).toBe(2);
  });

  describe('prepare: work before the transaction, for a first request only', () => {
    let taken = 0;
    /** Like taking a task number: outside the transaction, and never for a retry. */
    const numbered = (body: CreateWidget, key: string | null) =>
      app.uow.run(
        async ({ manager }, number: number) => {
          const id = randomUUID();
          await manager.query(`INSERT INTO "${SERVICE}"."widgets" ("id", "label") VALUES ($1, $2)`, [id, `${body.label}-${number}`]);
          return { id, number };
        },
        {
          idempotency: idempotentRequest(key, OPERATION, caller('user-1'), body),
          prepare: async (manager) => {
            // The data source's manager, not a transaction's: the work has not begun.
            expect(manager.queryRunner?.isTransactionActive ?? false).toBe(false);
            return ++taken;
          },
        },
      );

    it('runs it once for a first request and hands its result to the work', async () => {
      const before = taken;
      const first = await numbered({ label: 'numbered' }, randomUUID());
      expect(first.number).toBe(before + 1);
      expect(taken).toBe(before + 1);
      expect(await widgets(`numbered-${first.number}`)).toBe(1);
    });

    it('does not run it for a retry answered from the first response, nor for a reused key', async () => {
      const key = randomUUID();
      const first = await numbered({ label: 'retried' }, key);
      const before = taken;
      await expect(numbered({ label: 'retried' }, key)).resolves.toEqual(first);
      expect(await failure(numbered({ label: 'other body' }, key))).toMatchObject({ code: ErrorCode.IdempotencyKeyReused });
      expect(taken).toBe(before);
    });

    it('runs it inside the transaction when the stored answer expires between the look-up and the claim', async () => {
      const key = randomUUID();
      // The look-up before the transaction reports an answer (as if it expired a moment later);
      // the claim inside the transaction finds none, so this is a first request after all.
      const lookUp = jest.spyOn(app.uow as unknown as { storedAnswer: () => Promise<unknown> }, 'storedAnswer');
      lookUp.mockResolvedValueOnce({ request_hash: 'expired', response: null });
      let insideTransaction: boolean | null = null;
      const before = taken;
      try {
        const { number } = await app.uow.run(
          async ({ manager }, n: number) => {
            await manager.query(`INSERT INTO "${SERVICE}"."widgets" ("id", "label") VALUES ($1, 'expired-between')`, [randomUUID()]);
            return { number: n };
          },
          {
            idempotency: idempotentRequest(key, OPERATION, caller('user-1'), { label: 'expired-between' }),
            prepare: async (manager) => {
              insideTransaction = manager.queryRunner?.isTransactionActive ?? false;
              return ++taken;
            },
          },
        );
        expect(number).toBe(before + 1);
      } finally {
        lookUp.mockRestore();
      }
      expect(insideTransaction).toBe(true);
      expect(taken).toBe(before + 1);
      expect(await widgets('expired-between')).toBe(1);
    });
  });

  it('compares a fingerprint of the request when given one: a hashed field, not the field itself', async () => {
    const key = randomUUID();
    const secret = (body: unknown) => ({ ...(body as CreateWidget), note: 'hashed' });
    const run = (body: CreateWidget) =>
      app.uow.run(
        async ({ manager }) => {
          const id = randomUUID();
          await manager.query(`INSERT INTO "${SERVICE}"."widgets" ("id", "label") VALUES ($1, $2)`, [id, body.label]);
          return { id };
        },
        { idempotency: idempotentRequest(key, OPERATION, caller('user-1'), body), fingerprint: secret },
      );
    const first = await run({ label: 'fingerprinted', note: 'one' });
    // Differs only in what the fingerprint replaces: the same request as far as the record goes.
    await expect(run({ label: 'fingerprinted', note: 'two' })).resolves.toEqual(first);
    expect(await widgets('fingerprinted')).toBe(1);
  });
});
