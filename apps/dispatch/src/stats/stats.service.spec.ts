import { ErrorCode, StatsDto, StatsGroupBy, StatsQueryDto, StatsRowDto } from '@hospital/contracts';
import { median } from '@hospital/testing';
import { expectDomainError, ServiceUnderTest, startServiceUnderTest } from '@hospital/service-testing';
import { performance } from 'node:perf_hooks';
import { DataSource } from 'typeorm';

import { DispatchConfig, DispatchEnv } from '../config';
import { dispatchService } from '../service';
import { statsSql } from './stats.query';
import { StatsService } from './stats.service';

const W1 = '00000000-0000-4000-8000-000000000001';
const W2 = '00000000-0000-4000-8000-000000000002';

/** The range of the hand-built dataset: one hospital day, 2026-03-01 in Asia/Shanghai. */
const FROM = '2026-03-01T00:00:00+08:00';
const TO = '2026-03-02T00:00:00+08:00';
const T0 = Date.parse(FROM);
const SECOND = 1_000;

interface Fixture {
  name: string;
  type: 'PATIENT_TRANSPORT' | 'SPECIMEN';
  status: 'PENDING' | 'ACCEPTED' | 'IN_PROGRESS' | 'COMPLETED' | 'CANCELLED';
  assignee: string | null;
  /** When it was created, in ms after FROM (may be outside the range). */
  createdMs: number;
  /** Each ACCEPTED step, in seconds after creation (a reassigned job is accepted twice). */
  acceptedS?: number[];
  completedS?: number;
  dueS: number;
  incidents?: number;
}

/**
 * Hand-built so every figure can be worked out on paper (percentile_cont interpolates at
 * p × (n − 1) over the sorted values):
 *
 *   name type  worker status       accepted  completed due    incidents
 *   P1   PT    W1     COMPLETED    60        600       1800   -          on time
 *   P2   PT    W1     COMPLETED    120       1200      1800   2          on time
 *   P3   PT    W2     COMPLETED    300       2400      1800   1          late
 *   P4   PT    -      CANCELLED    -         -         1800   -
 *   S1   SP    W1     COMPLETED    30        900       900    -          on time (exactly at due)
 *   S2   SP    W2     IN_PROGRESS  90        -         900    1          (not completed: no accuracy effect)
 *   S3   SP    W2     ACCEPTED     200, 500  -         900    -          (first acceptance counts)
 *   O1 created 1 ms before FROM and O2 exactly at TO: both outside [FROM, TO).
 */
const FIXTURES: Fixture[] = [
  { name: 'P1', type: 'PATIENT_TRANSPORT', status: 'COMPLETED', assignee: W1, createdMs: 0, acceptedS: [60], completedS: 600, dueS: 1800 },
  { name: 'P2', type: 'PATIENT_TRANSPORT', status: 'COMPLETED', assignee: W1, createdMs: 3_600_000, acceptedS: [120], completedS: 1200, dueS: 1800, incidents: 2 },
  { name: 'P3', type: 'PATIENT_TRANSPORT', status: 'COMPLETED', assignee: W2, createdMs: 7_200_000, acceptedS: [300], completedS: 2400, dueS: 1800, incidents: 1 },
  { name: 'P4', type: 'PATIENT_TRANSPORT', status: 'CANCELLED', assignee: null, createdMs: 10_800_000, dueS: 1800 },
  { name: 'S1', type: 'SPECIMEN', status: 'COMPLETED', assignee: W1, createdMs: 14_400_000, acceptedS: [30], completedS: 900, dueS: 900 },
  { name: 'S2', type: 'SPECIMEN', status: 'IN_PROGRESS', assignee: W2, createdMs: 18_000_000, acceptedS: [90], dueS: 900, incidents: 1 },
  { name: 'S3', type: 'SPECIMEN', status: 'ACCEPTED', assignee: W2, createdMs: 86_399_999, acceptedS: [200, 500], dueS: 900 },
  { name: 'O1', type: 'PATIENT_TRANSPORT', status: 'COMPLETED', assignee: W1, createdMs: -1, acceptedS: [1], completedS: 2, dueS: 1800, incidents: 1 },
  { name: 'O2', type: 'SPECIMEN', status: 'COMPLETED', assignee: W2, createdMs: 86_400_000, acceptedS: [5000], completedS: 9000, dueS: 900 },
];

const row = (key: string | null, figures: Omit<StatsRowDto, 'key'>): StatsRowDto => ({ key, ...figures });

const TOTAL = row(null, {
  count: 7,
  completed: 4,
  cancelled: 1,
  responseMedianSeconds: 105, // [30, 60, 90, 120, 200, 300]: 90 + 0.5 × 30
  responseP90Seconds: 250, // at 4.5: 200 + 0.5 × 100
  turnaroundMedianSeconds: 1050, // [600, 900, 1200, 2400]: 900 + 0.5 × 300
  turnaroundP90Seconds: 2040, // at 2.7: 1200 + 0.7 × 1200
  onTimePercent: 75, // P1, P2, S1 of 4
  accuracyPercent: 50, // P1, S1 of 4
});

describe('StatsService (the dispatch service in-process, real Postgres)', () => {
  let service: ServiceUnderTest<DispatchEnv, DispatchConfig>;
  let stats: StatsService;

  const insertStaff = (id: string, staffNo: string) =>
    service.query(
      `INSERT INTO "dispatch"."staff" ("id", "staff_no", "name", "group", "posts", "version") VALUES ($1, $2, $2, 'INTERNAL_MEDICINE', '{EXAM_ESCORT}', 1)`,
      [id, staffNo],
    );

  const insertFixture = async (f: Fixture): Promise<void> => {
    const created = new Date(T0 + f.createdMs);
    const at = (seconds: number) => new Date(created.getTime() + seconds * SECOND).toISOString();
    const [{ id }]: { id: string }[] = await service.query(
      `INSERT INTO "dispatch"."tasks"
         ("number", "type", "priority", "status", "group", "origin", "destination", "requester", "created_by", "version",
          "created_at", "updated_at", "queued_at", "due_at", "completed_at", "assignee_id", "accepted_at")
       VALUES ($1, $2, 'URGENT', $3, 'INTERNAL_MEDICINE', '{"department":"心内科"}', '{"department":"放射科"}', '{"department":"心内科"}',
               'stats-spec', 1, $4, $4, $4, $5, $6, $7, $8)
       RETURNING "id"`,
      [
        `STATS-${f.name}`,
        f.type,
        f.status,
        created.toISOString(),
        at(f.dueS),
        f.completedS === undefined ? null : at(f.completedS),
        f.assignee,
        f.acceptedS?.length ? at(f.acceptedS[0]) : null,
      ],
    );
    const event = (action: string, status: string, seconds: number, workerId: string | null) =>
      service.query(
        `INSERT INTO "dispatch"."task_events" ("task_id", "action", "status", "actor_id", "worker_id", "at") VALUES ($1, $2, $3, 'stats-spec', $4, $5)`,
        [id, action, status, workerId, at(seconds)],
      );
    await event('CREATED', 'PENDING', 0, null);
    for (const [i, s] of (f.acceptedS ?? []).entries()) {
      const worker = i === (f.acceptedS ?? []).length - 1 ? f.assignee : W1;
      await event('ASSIGNED', 'ASSIGNED', s - 1, worker);
      await event('ACCEPTED', 'ACCEPTED', s, worker);
    }
    if (f.completedS !== undefined) await event('COMPLETED', 'COMPLETED', f.completedS, f.assignee);
    if (f.status === 'CANCELLED') await event('CANCELLED', 'CANCELLED', 100, null);
    for (let i = 0; i < (f.incidents ?? 0); i++) {
      await service.query(
        `INSERT INTO "dispatch"."incidents" ("task_id", "kind", "severity", "description", "reported_by", "reported_at") VALUES ($1, 'DELAY', 'MINOR', 'stats-spec', 'stats-spec', $2)`,
        [id, at(3000)],
      );
    }
  };

  const get = (query: Partial<StatsQueryDto>): Promise<StatsDto> => stats.get({ from: FROM, to: TO, ...query } as StatsQueryDto);

  beforeAll(async () => {
    // These cases are about the computation: every call reaches Postgres (the cache has its own cases below).
    // The open fixtures' deadlines are long past on the real clock: no sweep rewriting them while reports are timed.
    service = await startServiceUnderTest(dispatchService, { env: { TZ_HOSPITAL: 'Asia/Shanghai', STATS_CACHE_SECONDS: '0', OVERDUE_SWEEP_SECONDS: '3600' } });
    stats = service.app.get(StatsService);
    await insertStaff(W1, 'ST-0001');
    await insertStaff(W2, 'ST-0002');
    for (const fixture of FIXTURES) await insertFixture(fixture);
  }, 60_000);

  afterAll(async () => {
    // stop() closes the app, drops the test database and deletes the suite's JetStream stream.
    await service?.stop();
  }, 60_000);

  describe('the hand-built day', () => {
    it('gives the totals over [from, to) only, without a breakdown', async () => {
      expect(await get({})).toEqual({ from: '2026-02-28T16:00:00.000Z', to: '2026-03-01T16:00:00.000Z', groupBy: null, rows: [], total: TOTAL });
    });

    it('breaks the figures down by type, with the same total', async () => {
      const result = await get({ groupBy: StatsGroupBy.Type });
      expect(result.groupBy).toBe(StatsGroupBy.Type);
      expect(result.total).toEqual(TOTAL);
      expect(result.rows).toEqual([
        row('PATIENT_TRANSPORT', {
          count: 4,
          completed: 3,
          cancelled: 1,
          responseMedianSeconds: 120, // [60, 120, 300]
          responseP90Seconds: 264, // at 1.8: 120 + 0.8 × 180
          turnaroundMedianSeconds: 1200, // [600, 1200, 2400]
          turnaroundP90Seconds: 2160, // 1200 + 0.8 × 1200
          onTimePercent: 66.7, // P1, P2 of 3
          accuracyPercent: 33.3, // P1 of 3 (P2's two incidents count once)
        }),
        row('SPECIMEN', {
          count: 3,
          completed: 1,
          cancelled: 0,
          responseMedianSeconds: 90, // [30, 90, 200]: S3's first acceptance, not its second
          responseP90Seconds: 178, // 90 + 0.8 × 110
          turnaroundMedianSeconds: 900,
          turnaroundP90Seconds: 900,
          onTimePercent: 100, // completed exactly at due counts as on time
          accuracyPercent: 100, // S2's incident is on an unfinished job
        }),
      ]);
    });

    it('breaks the figures down by worker (assignee), never-assigned jobs under a null key last', async () => {
      const result = await get({ groupBy: StatsGroupBy.Worker });
      expect(result.total).toEqual(TOTAL);
      expect(result.rows).toEqual([
        row(W1, {
          count: 3,
          completed: 3,
          cancelled: 0,
          responseMedianSeconds: 60, // [30, 60, 120]
          responseP90Seconds: 108, // 60 + 0.8 × 60
          turnaroundMedianSeconds: 900, // [600, 900, 1200]
          turnaroundP90Seconds: 1140, // 900 + 0.8 × 300
          onTimePercent: 100,
          accuracyPercent: 66.7,
        }),
        row(W2, {
          count: 3,
          completed: 1,
          cancelled: 0,
          responseMedianSeconds: 200, // [90, 200, 300]
          responseP90Seconds: 280, // 200 + 0.8 × 100
          turnaroundMedianSeconds: 2400,
          turnaroundP90Seconds: 2400,
          onTimePercent: 0,
          accuracyPercent: 0,
        }),
        row(null, {
          count: 1,
          completed: 0,
          cancelled: 1,
          responseMedianSeconds: null,
          responseP90Seconds: null,
          turnaroundMedianSeconds: null,
          turnaroundP90Seconds: null,
          onTimePercent: null,
          accuracyPercent: null,
        }),
      ]);
    });

    it('takes the range in any offset: the same instants in UTC give the same figures', async () => {
      expect((await get({ from: '2026-02-28T16:00:00Z', to: '2026-03-01T16:00:00.000Z' })).total).toEqual(TOTAL);
    });

    it('includes a task queued exactly at from and excludes one queued exactly at to', async () => {
      const shifted = await get({ from: new Date(T0 + 1).toISOString(), to: new Date(T0 + 86_400_001).toISOString() });
      // P1 (at from) falls out, O2 (at the old to) comes in.
      expect(shifted.total).toMatchObject({ count: 7, completed: 4 });
      expect(shifted.total.turnaroundP90Seconds).toBe(2400 + 0.7 * (9000 - 2400)); // [900, 1200, 2400, 9000]
    });
  });

  it('answers a range without tasks with count 0 and null figures', async () => {
    const empty = row(null, {
      count: 0,
      completed: 0,
      cancelled: 0,
      responseMedianSeconds: null,
      responseP90Seconds: null,
      turnaroundMedianSeconds: null,
      turnaroundP90Seconds: null,
      onTimePercent: null,
      accuracyPercent: null,
    });
    const range = { from: '2026-04-01T00:00:00+08:00', to: '2026-05-01T00:00:00+08:00' };
    expect(await get(range)).toEqual({ from: '2026-03-31T16:00:00.000Z', to: '2026-04-30T16:00:00.000Z', groupBy: null, rows: [], total: empty });
    expect(await get({ ...range, groupBy: StatsGroupBy.Priority })).toMatchObject({ groupBy: StatsGroupBy.Priority, rows: [], total: empty });
  });

  it.each([
    ['before from', { from: TO, to: FROM }, 'to must be after from'],
    ['equal to from', { from: FROM, to: FROM }, 'to must be after from'],
    ['more than 366 days after from', { from: '2025-01-01T00:00:00Z', to: '2026-01-02T00:00:01Z' }, 'to must be at most 366 days after from'],
  ])('refuses a range with to %s (VALIDATION_FAILED naming to)', async (_, range, message) => {
    const error = await expectDomainError(get(range));
    expect(error.code).toBe(ErrorCode.ValidationFailed);
    expect(error.details).toEqual({ errors: [{ field: 'to', message }] });
  });

  describe('the report cache (STATS_CACHE_SECONDS)', () => {
    const cached = () => new StatsService(service.app.get(DataSource), { ...service.config, statsCacheMs: 60_000 });

    it('answers a range asked for again from memory: a job added meanwhile shows only once the report expires', async () => {
      const stats = cached();
      const first = await stats.get({ from: FROM, to: TO } as StatsQueryDto);
      await insertFixture({ ...FIXTURES[0], name: 'CACHED' });
      try {
        expect(await stats.get({ from: FROM, to: TO } as StatsQueryDto)).toEqual(first);
        expect((await get({})).total.count).toBe(first.total.count + 1); // computed afresh without the cache
      } finally {
        await service.query(`DELETE FROM "dispatch"."task_events" WHERE "task_id" IN (SELECT "id" FROM "dispatch"."tasks" WHERE "number" = 'STATS-CACHED')`);
        await service.query(`DELETE FROM "dispatch"."tasks" WHERE "number" = 'STATS-CACHED'`);
      }
    });

    it('computes a range asked for by many at once a single time, and other ranges or breakdowns apart', async () => {
      const stats = cached();
      const transactions = jest.spyOn(service.app.get(DataSource), 'transaction');
      try {
        const same = await Promise.all(Array.from({ length: 10 }, () => stats.get({ from: FROM, to: TO } as StatsQueryDto)));
        expect(transactions).toHaveBeenCalledTimes(1);
        expect(new Set(same.map((r) => JSON.stringify(r))).size).toBe(1);
        // The same instants in another offset are the same range.
        await stats.get({ from: '2026-03-01T00:00:00+08:00', to: '2026-03-02T00:00:00+08:00' } as StatsQueryDto);
        expect(transactions).toHaveBeenCalledTimes(1);
        await stats.get({ from: FROM, to: TO, groupBy: StatsGroupBy.Type } as StatsQueryDto);
        expect(transactions).toHaveBeenCalledTimes(2);
      } finally {
        transactions.mockRestore();
      }
    });
  });

  it('accepts a range of exactly 366 days', async () => {
    await expect(get({ from: '2024-01-01T00:00:00Z', to: '2025-01-01T00:00:00Z' })).resolves.toMatchObject({ total: { count: 0 } });
  });

  describe('at scale: 200 000 tasks over 90 days', () => {
    const SCALE_FROM = '2025-01-01T00:00:00+08:00';
    const TASKS = 200_000;
    const WORKERS = 60;

    beforeAll(async () => {
      // Workers, then tasks spread evenly over 90 days with a realistic mix: 85 % completed (mostly on
      // time), 5 % cancelled, the rest open; every 3rd priority, 9 types, 3 groups; 1 % with an incident.
      await service.query(
        `INSERT INTO "dispatch"."staff" ("id", "staff_no", "name", "group", "posts", "version")
         SELECT ('00000000-0000-4000-9000-' || lpad(w::text, 12, '0'))::uuid, 'SC-' || w, 'worker ' || w, 'SURGERY', '{DELIVERY}', 1
         FROM generate_series(1, ${WORKERS}) w`,
      );
      await service.query(
        `INSERT INTO "dispatch"."tasks"
           ("number", "type", "priority", "status", "group", "origin", "destination", "requester", "created_by", "version",
            "created_at", "updated_at", "queued_at", "due_at", "completed_at", "assignee_id")
         SELECT 'SC' || i,
                (ARRAY['PATIENT_TRANSPORT','SPECIMEN','DRUG','DOCUMENT','GOODS','LINEN','ODD_JOB','DISINFECTION','AMBULANCE_120'])[1 + i % 9],
                (ARRAY['ROUTINE','URGENT','STAT'])[1 + i % 3],
                CASE WHEN i % 20 < 17 THEN 'COMPLETED' WHEN i % 20 = 17 THEN 'CANCELLED' WHEN i % 20 = 18 THEN 'IN_PROGRESS' ELSE 'PENDING' END,
                (ARRAY['INTERNAL_MEDICINE','SURGERY','EMERGENCY'])[1 + i % 7 % 3],
                '{"department":"心内科"}', '{"department":"放射科"}', '{"department":"心内科"}', 'stats-spec', 3,
                c, c, c, c + interval '30 minutes',
                CASE WHEN i % 20 < 17 THEN c + (10 + i % 37) * interval '1 minute' END,
                CASE WHEN i % 20 < 17 OR i % 20 = 18 THEN ('00000000-0000-4000-9000-' || lpad((1 + abs(hashint4(i)) % ${WORKERS})::text, 12, '0'))::uuid END
         FROM generate_series(1, ${TASKS}) i,
              LATERAL (SELECT $1::timestamptz + (i::float8 / ${TASKS}) * interval '90 days' AS c) t`,
        [SCALE_FROM],
      );
      // A timeline like the real one: created, assigned, accepted (and completed) for the jobs taken.
      await service.query(
        `INSERT INTO "dispatch"."task_events" ("task_id", "action", "status", "actor_id", "worker_id", "at")
         SELECT t."id", e."action", e."status", 'stats-spec', t."assignee_id", t."created_at" + e."after"
         FROM "dispatch"."tasks" t
         CROSS JOIN LATERAL (VALUES
           ('CREATED', 'PENDING', interval '0'),
           ('ASSIGNED', 'ASSIGNED', interval '1 minute'),
           ('ACCEPTED', 'ACCEPTED', (2 + abs(hashtext(t."number")) % 8) * interval '1 minute'),
           ('COMPLETED', 'COMPLETED', t."completed_at" - t."created_at")
         ) e("action", "status", "after")
         WHERE t."created_by" = 'stats-spec' AND t."number" LIKE 'SC%'
           AND (e."action" = 'CREATED' OR t."assignee_id" IS NOT NULL) AND (e."action" <> 'COMPLETED' OR t."completed_at" IS NOT NULL)`,
      );
      await service.query(
        `INSERT INTO "dispatch"."incidents" ("task_id", "kind", "severity", "description", "reported_by", "reported_at")
         SELECT "id", 'DELAY', 'MINOR', 'stats-spec', 'stats-spec', "completed_at"
         FROM "dispatch"."tasks" WHERE "number" LIKE 'SC%' AND "status" = 'COMPLETED' AND hashtext("number") % 100 = 0`,
      );
      // As the lifecycle does on accept: the first acceptance kept on the task.
      await service.query(
        `UPDATE "dispatch"."tasks" t SET "accepted_at" = t."created_at" + (2 + abs(hashtext(t."number")) % 8) * interval '1 minute'
         WHERE t."number" LIKE 'SC%' AND t."assignee_id" IS NOT NULL`,
      );
      // What autovacuum does for a table in use: planner statistics and the visibility map.
      await service.query(`VACUUM ANALYZE "dispatch"."tasks", "dispatch"."task_events", "dispatch"."incidents"`);
    }, 60_000);

    it('reads the range from the covering index alone, never the wide task rows', async () => {
      const plan = JSON.stringify(
        await service.query(`EXPLAIN (FORMAT JSON) ${statsSql(StatsGroupBy.Worker)}`, ['2025-02-01T00:00:00+08:00', '2025-03-03T00:00:00+08:00']),
      );
      expect(plan).toContain('"Node Type":"Index Only Scan"');
      expect(plan).toContain('"Index Name":"tasks_stats_idx"');
      expect(plan).not.toMatch(/"Node Type":"Seq Scan","Parent Relationship":"[^"]*","[^}]*"Relation Name":"tasks"/);
    });

    // The target is 100 ms on this machine; measured here ~50 ms in total and ~80 ms by worker
    // (README, `npm run perf:dispatch`). This bound guards against regressions (a lost index, an N+1)
    // without flaking on a busy CI host.
    it('answers a 30-day range over 200 000 tasks within 300 ms (median of 5 runs), with and without a breakdown', async () => {
      const query = { from: '2025-02-01T00:00:00+08:00', to: '2025-03-03T00:00:00+08:00' };
      const figures: Record<string, number[]> = {};
      let result: StatsDto | undefined;
      for (const groupBy of [undefined, StatsGroupBy.Worker] as const) {
        await get({ ...query, groupBy }); // warm-up: plan cache and buffers, as on a server that has been running
        const times: number[] = [];
        for (let run = 0; run < 5; run++) {
          const started = performance.now();
          result = await get({ ...query, groupBy });
          times.push(performance.now() - started);
        }
        figures[groupBy ?? 'none'] = times;
      }
      console.log(
        `stats over ${result!.total.count} of ${TASKS} tasks (30 of 90 days), ms per run: ` +
          Object.entries(figures)
            .map(([groupBy, times]) => `groupBy=${groupBy} [${times.map((t) => t.toFixed(1)).join(', ')}] median ${median(times).toFixed(1)}`)
            .join('; '),
      );
      // 30 of 90 days ≈ a third of the tasks, in 60 workers plus the never-assigned.
      expect(result!.total.count).toBeGreaterThan(65_000);
      expect(result!.total.count).toBeLessThan(68_000);
      expect(result!.rows).toHaveLength(WORKERS + 1);
      expect(result!.total.onTimePercent).toBeGreaterThan(50);
      for (const times of Object.values(figures)) expect(median(times)).toBeLessThan(300);
    }, 30_000);
  });
});
