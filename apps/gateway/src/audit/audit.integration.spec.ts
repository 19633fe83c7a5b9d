import { AuditEntryDto, AuditQueryDto, ErrorCode } from '@hospital/contracts';
import { expectDomainError } from '@hospital/service-testing';
import { freezeDateAt, unfreezeDate } from '@hospital/testing';
import { DataSource } from 'typeorm';
import { AuditTestApp, startAuditApp } from './audit.spec-helper';
import { AuditOrigin, AuditService, SYSTEM_ORIGIN } from './audit.service';

/** A caller of the test's own, so each test reads back only what it wrote. */
let callers = 0;
function origin(extra: Partial<AuditOrigin> = {}): AuditOrigin {
  callers++;
  return { actorId: `user-${callers}`, actorKind: 'user', actorName: `clerk${callers}`, ip: '10.12.3.45', requestId: `req-${callers}`, ...extra };
}

describe('audit log (real Postgres)', () => {
  let t: AuditTestApp;
  let audit: AuditService;
  let ds: DataSource;

  /** Every page of a query, following nextCursor. */
  async function allPages(query: AuditQueryDto): Promise<AuditEntryDto[][]> {
    const pages: AuditEntryDto[][] = [];
    let cursor: string | undefined;
    do {
      const page = await audit.list({ ...query, cursor });
      pages.push(page.items);
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    return pages;
  }

  const actions = (items: AuditEntryDto[]) => items.map((e) => e.action);

  beforeAll(async () => {
    t = await startAuditApp('audit', [], { send: jest.fn() });
    audit = t.app.get(AuditService);
    ds = t.app.get(DataSource);
  }, 60_000);

  afterAll(() => t?.close());

  describe('record and list', () => {
    it('keeps who did what to which record, from where, under which request, and gives it back newest first', async () => {
      const who = origin();
      await audit.record({ action: 'user.create', targetType: 'user', targetId: 'u-1', details: { username: 'wang.li', roles: ['desk_clerk'] } }, who);
      await audit.record({ action: 'user.update', targetType: 'user', targetId: 'u-1' }, who);

      const page = await audit.list({ actorId: who.actorId });
      expect(page).toEqual({
        items: [
          {
            id: expect.stringMatching(/^\d+$/),
            at: expect.any(String),
            actorId: who.actorId,
            actorKind: 'user',
            actorName: who.actorName,
            action: 'user.update',
            targetType: 'user',
            targetId: 'u-1',
            details: {},
            ip: '10.12.3.45',
            requestId: who.requestId,
          },
          expect.objectContaining({ action: 'user.create', details: { username: 'wang.li', roles: ['desk_clerk'] } }),
        ],
        nextCursor: null,
      });
      expect(BigInt(page.items[0].id)).toBeGreaterThan(BigInt(page.items[1].id));
    });

    it('records what the gateway does by itself as the system', async () => {
      await audit.record({ action: 'user.create_initial_admin', targetType: 'user', targetId: 'first-admin' }, SYSTEM_ORIGIN);
      const [entry] = (await audit.list({ actorId: 'system', action: 'user.create_initial_admin' })).items;
      expect(entry).toMatchObject({ actorKind: 'system', actorName: 'gateway', ip: null, requestId: null, targetId: 'first-admin' });
    });

    it('keeps an address only when it is one (IPv4, IPv6), never failing the entry over it', async () => {
      const v6 = origin({ ip: '::ffff:10.0.0.7' });
      const junk = origin({ ip: 'not-an-address' });
      await audit.record({ action: 'deposit.read', targetType: 'deposit', targetId: 'd-1' }, v6);
      await audit.record({ action: 'deposit.read', targetType: 'deposit', targetId: 'd-1' }, junk);
      expect((await audit.list({ actorId: v6.actorId })).items[0].ip).toBe('::ffff:10.0.0.7');
      expect((await audit.list({ actorId: junk.actorId })).items[0].ip).toBeNull();
    });

    it('never writes a secret: keys named like password, secret, token or key are stripped at every depth', async () => {
      const who = origin();
      await audit.record(
        {
          action: 'api_key.create',
          targetType: 'api_key',
          targetId: 'k-1',
          details: {
            name: 'HIS',
            keyPrefix: 'hsp_3f9a1c2b',
            apiKeyId: 'k-1',
            key: 'hsp_3f9a1c2b_secretpart',
            apiKey: 'hsp_3f9a1c2b_secretpart',
            api_key: 'hsp_3f9a1c2b_secretpart',
            password: 'hunter2-hunter2',
            newPassword: 'n3w-passw0rd',
            secretHash: 'ab'.repeat(32),
            clientSecret: 's3cr3t',
            accessToken: 'eyJhbGciOi...',
            nested: { refresh_token: 'r', pickupCode: 'K7QX2M9P', kept: true, deeper: [{ passwordHash: '$argon2id$...', label: 'x' }] },
          },
        },
        who,
      );
      const [entry] = (await audit.list({ actorId: who.actorId })).items;
      expect(entry.details).toEqual({ name: 'HIS', keyPrefix: 'hsp_3f9a1c2b', apiKeyId: 'k-1', nested: { kept: true, deeper: [{ label: 'x' }] } });
      const [{ raw }] = await ds.query(`SELECT details::text AS raw FROM identity.audit_log WHERE actor_id = $1`, [who.actorId]);
      for (const secret of ['secretpart', 'hunter2', 'n3w-passw0rd', 's3cr3t', 'eyJhbGciOi', 'K7QX2M9P', 'argon2id']) expect(raw).not.toContain(secret);
    });

    it('refuses an action that is not <resource>.<verb>, so the prefix filter can be trusted', async () => {
      await expect(audit.record({ action: 'CreateUser', targetType: 'user', targetId: null }, origin())).rejects.toThrow(/resource>\.<verb/);
    });

    it('writes inside the caller’s transaction when given its manager: rolled back together, committed together', async () => {
      const who = origin();
      await expect(
        ds.transaction(async (manager) => {
          await audit.record({ action: 'user.disable', targetType: 'user', targetId: 'u-2' }, who, manager);
          throw new Error('the change failed');
        }),
      ).rejects.toThrow('the change failed');
      expect((await audit.list({ actorId: who.actorId })).items).toEqual([]);

      await ds.transaction((manager) => audit.record({ action: 'user.disable', targetType: 'user', targetId: 'u-2' }, who, manager));
      expect(actions((await audit.list({ actorId: who.actorId })).items)).toEqual(['user.disable']);
    });
  });

  describe('filters and paging', () => {
    const who = origin();
    const other = origin();

    beforeAll(async () => {
      // Five written in one transaction share one `at` (now()): the id orders them.
      await ds.transaction(async (manager) => {
        for (const [action, targetType, targetId] of [
          ['user.create', 'user', 'u-10'],
          ['user.update', 'user', 'u-10'],
          ['api_key.create', 'api_key', 'k-10'],
          ['apixkey.create', 'apixkey', 'k-11'],
          ['deposit.read', 'deposit', 'd-10'],
        ] as const) {
          await audit.record({ action, targetType, targetId }, who, manager);
        }
      });
      await audit.record({ action: 'user.update', targetType: 'user', targetId: 'u-10' }, other);
      // Three a microsecond apart, older than the rest: a cursor rounded to the millisecond would skip some.
      for (const micro of ['000001', '000002', '000003']) {
        await ds.query(
          `INSERT INTO identity.audit_log (at, actor_id, actor_kind, actor_name, action, target_type, target_id)
           VALUES ($1, $2, 'user', 'x', 'staff.update', 'staff', $3)`,
          [`2001-11-23T09:00:00.${micro}Z`, who.actorId, `s-${micro}`],
        );
      }
    });

    it('filters by caller', async () => {
      expect((await audit.list({ actorId: other.actorId })).items.map((e) => [e.action, e.targetId])).toEqual([['user.update', 'u-10']]);
    });

    it('filters by an exact action and by a prefix ending in a dot (where _ is a letter, not a wildcard)', async () => {
      expect(actions((await audit.list({ actorId: who.actorId, action: 'user.update' })).items)).toEqual(['user.update']);
      expect(actions((await audit.list({ actorId: who.actorId, action: 'user.' })).items)).toEqual(['user.update', 'user.create']);
      expect(actions((await audit.list({ actorId: who.actorId, action: 'api_key.' })).items)).toEqual(['api_key.create']);
      expect((await audit.list({ actorId: who.actorId, action: 'user' })).items).toEqual([]);
    });

    it('filters by target type and id, across callers', async () => {
      const page = await audit.list({ targetType: 'user', targetId: 'u-10' });
      expect(page.items.map((e) => [e.actorId, e.action])).toEqual([
        [other.actorId, 'user.update'],
        [who.actorId, 'user.update'],
        [who.actorId, 'user.create'],
      ]);
      expect(actions((await audit.list({ actorId: who.actorId, targetType: 'staff' })).items)).toEqual(['staff.update', 'staff.update', 'staff.update']);
    });

    it('filters by the half-open range [from, to)', async () => {
      const range = await audit.list({ actorId: who.actorId, from: '2001-11-23T09:00:00.000002Z', to: '2001-11-23T17:00:00.000003+08:00' });
      expect(range.items.map((e) => e.targetId)).toEqual(['s-000002']);
    });

    it('pages newest first across pages, every entry once, down to a null cursor', async () => {
      const pages = await allPages({ actorId: who.actorId, limit: 3 });
      expect(pages.map((p) => p.map((e) => e.targetId))).toEqual([
        ['d-10', 'k-11', 'k-10'],
        ['u-10', 'u-10', 's-000003'],
        ['s-000002', 's-000001'],
      ]);
      const onePage = await audit.list({ actorId: who.actorId, limit: 8 });
      expect(onePage.nextCursor).toBeNull();
      expect(onePage.items).toHaveLength(8);
      // Filters hold on later pages too.
      expect((await allPages({ actorId: who.actorId, action: 'staff.', limit: 1 })).map((p) => p[0].targetId)).toEqual(['s-000003', 's-000002', 's-000001']);
    });

    it('defaults to 50 a page', async () => {
      const many = origin();
      await ds.query(
        `INSERT INTO identity.audit_log (actor_id, actor_kind, actor_name, action, target_type) SELECT $1, 'user', 'x', 'deposit.list', 'deposit' FROM generate_series(1, 51)`,
        [many.actorId],
      );
      const first = await audit.list({ actorId: many.actorId });
      expect(first.items).toHaveLength(50);
      expect((await audit.list({ actorId: many.actorId, cursor: first.nextCursor! })).items).toHaveLength(1);
    });

    it('refuses a cursor it did not make, and a range that ends before it starts, naming the field', async () => {
      const forged = Buffer.from(JSON.stringify(['2001-11-23T09:00:00.000Z', '1'])).toString('base64url');
      for (const cursor of [forged, 'AAAAAAAAAAAA']) {
        const error = await expectDomainError(audit.list({ cursor }));
        expect(error.code).toBe(ErrorCode.InvalidCursor);
        expect(error.details?.errors).toEqual([expect.objectContaining({ field: 'cursor' })]);
      }
      const backwards = await expectDomainError(audit.list({ from: '2001-11-24T00:00:00Z', to: '2001-11-23T00:00:00Z' }));
      expect(backwards.code).toBe(ErrorCode.ValidationFailed);
      expect(backwards.details?.errors).toEqual([expect.objectContaining({ field: 'to' })]);
    });
  });

  describe('append-only', () => {
    let id: string;

    beforeAll(async () => {
      const who = origin();
      await audit.record({ action: 'user.reset_password', targetType: 'user', targetId: 'u-3' }, who);
      id = (await audit.list({ actorId: who.actorId })).items[0].id;
    });

    it('refuses UPDATE, whatever the session says', async () => {
      await expect(ds.query(`UPDATE identity.audit_log SET actor_id = 'someone-else' WHERE id = $1`, [id])).rejects.toThrow(/append-only: UPDATE refused/);
      await expect(
        ds.transaction(async (m) => {
          await m.query(`SET LOCAL hospital.audit_sweep = 'on'`);
          await m.query(`UPDATE identity.audit_log SET details = '{}' WHERE id = $1`, [id]);
        }),
      ).rejects.toThrow(/append-only: UPDATE refused/);
    });

    it('refuses DELETE and TRUNCATE outside the retention sweep', async () => {
      await expect(ds.query(`DELETE FROM identity.audit_log WHERE id = $1`, [id])).rejects.toThrow(/append-only: DELETE refused/);
      await expect(ds.query(`TRUNCATE identity.audit_log`)).rejects.toThrow(/append-only: TRUNCATE refused/);
      const [{ n }] = await ds.query(`SELECT count(*)::int AS n FROM identity.audit_log WHERE id = $1`, [id]);
      expect(n).toBe(1);
    });

    it('lets a DELETE through only in a transaction that set hospital.audit_sweep, and not after it', async () => {
      await ds.transaction(async (m) => {
        await m.query(`SET LOCAL hospital.audit_sweep = 'on'`);
        await m.query(`DELETE FROM identity.audit_log WHERE id = $1`, [id]);
      });
      await expect(ds.query(`DELETE FROM identity.audit_log WHERE actor_id = 'system'`)).rejects.toThrow(/append-only/);
    });
  });

  describe('retention sweep', () => {
    afterEach(() => unfreezeDate());

    /** Entries at instants relative to the frozen clock (2001-11-23T17:00:00Z, retention 180 days). */
    async function insertAt(actorId: string, ats: string[]): Promise<void> {
      await ds.query(
        `INSERT INTO identity.audit_log (at, actor_id, actor_kind, actor_name, action, target_type, target_id)
         SELECT at, $1, 'user', 'x', 'deposit.read', 'deposit', at::text FROM unnest($2::timestamptz[]) AS at`,
        [actorId, ats],
      );
    }
    const left = async (actorId: string) =>
      (await ds.query(`SELECT to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS at FROM identity.audit_log WHERE actor_id = $1 ORDER BY at`, [actorId])).map(
        (r: { at: string }) => r.at,
      );

    it('deletes only what is older than AUDIT_RETENTION_DAYS, by the clock', async () => {
      expect(t.env.AUDIT_RETENTION_DAYS).toBe(180);
      freezeDateAt('2001-11-23T17:00:00Z');
      // 180 days before the frozen now is 2001-05-27T17:00:00Z.
      await insertAt('sweep-one', ['2001-01-01T00:00:00.000Z', '2001-05-27T16:59:59.999Z', '2001-05-27T17:00:00.000Z', '2001-05-27T17:00:00.001Z', '2001-11-23T16:00:00.000Z']);

      await expect(t.app.get(AuditService).sweep()).resolves.toBe(2);
      expect(await left('sweep-one')).toEqual(['2001-05-27T17:00:00.000Z', '2001-05-27T17:00:00.001Z', '2001-11-23T16:00:00.000Z']);
      // Nothing else is old enough: a second run deletes nothing.
      await expect(audit.sweep()).resolves.toBe(0);
    });

    it('runs safely in several gateways at once: every old entry deleted once, in batches', async () => {
      const now = new Date('2001-11-23T17:00:00Z');
      await ds.query(
        `INSERT INTO identity.audit_log (at, actor_id, actor_kind, actor_name, action, target_type)
         SELECT '2000-01-01T00:00:00Z'::timestamptz + n * interval '1 second', 'sweep-two', 'user', 'x', 'deposit.list', 'deposit' FROM generate_series(1, 2500) AS n`,
      );
      const counts = await Promise.all([audit.sweep(now), audit.sweep(now), audit.sweep(now)]);
      expect(counts.reduce((a, b) => a + b, 0)).toBe(2500);
      expect(await left('sweep-two')).toEqual([]);
    });
  });
});
