import { median } from '@hospital/testing';
import { ServiceUnderTest, startServiceUnderTest } from '@hospital/service-testing';
import { performance } from 'node:perf_hooks';
import { dispatchService } from '../service';
import { ReleaseSweep } from './release-sweep';

const DUE = 2000;
const HISTORY = 100_000;
const WAITING = 5000;
const RUNS = 5;

/**
 * The morning peak of recurring rounds: 2 000 bookings due at once (a group of hospitals' 06:00
 * rounds), among 100 000 finished jobs and 5 000 bookings not due yet. Figures in docs/benchmark.md
 * (`npm run perf:dispatch`).
 */
describe('the release sweep at scale (real Postgres)', () => {
  let service: ServiceUnderTest;
  let sweep: ReleaseSweep;

  beforeAll(async () => {
    service = await startServiceUnderTest(dispatchService, { env: { RELEASE_SWEEP_SECONDS: '3600', OVERDUE_SWEEP_SECONDS: '3600' } });
    sweep = service.app.get(ReleaseSweep);
    await service.query(
      `INSERT INTO "dispatch"."tasks"
         ("number", "type", "priority", "status", "group", "origin", "destination", "requester", "created_by", "version",
          "created_at", "updated_at", "queued_at", "due_at", "completed_at")
       SELECT 'RH' || i, 'SPECIMEN', 'ROUTINE', 'COMPLETED', 'INTERNAL_MEDICINE', '{"department":"5病区"}', '{"department":"检验科"}', '{"department":"5病区"}',
              'release-scale', 1, now() - i * interval '1 minute', now(), now() - i * interval '1 minute', now(), now()
       FROM generate_series(1, ${HISTORY}) i`,
    );
    await service.query(`ANALYZE "dispatch"."tasks"`);
  }, 120_000);

  afterAll(async () => {
    await service.stop();
  });

  /** `count` bookings of the morning round; `due` ones have reached their lead time. */
  const book = (run: number, count: number, due: boolean) =>
    service.query(
      `INSERT INTO "dispatch"."tasks"
         ("number", "type", "priority", "status", "group", "origin", "destination", "requester", "created_by", "version",
          "created_at", "updated_at", "due_at", "scheduled_for", "release_at")
       SELECT 'RB${run}${due ? 'D' : 'W'}' || i, 'SPECIMEN', 'ROUTINE', 'SCHEDULED', 'INTERNAL_MEDICINE', '{"department":"5病区"}', '{"department":"检验科"}',
              '{"department":"5病区"}', 'release-scale', 1, now(), now(),
              now() + interval '2 hours', now() + interval '2 hours', ${due ? `now() - interval '1 second'` : `now() + interval '1 hour'`}
       FROM generate_series(1, ${count}) i`,
    );

  // The issue's target is 100 ms; measured ~300 ms here (docs/benchmark.md, "Booked jobs"): the
  // bound below only catches a sweep that stopped being one set-based statement per batch.
  it(`releases ${DUE} due bookings in one sweep, each once (median of ${RUNS} printed)`, async () => {
    await book(0, WAITING, false);
    const times: number[] = [];
    for (let run = 1; run <= RUNS; run += 1) {
      await book(run, DUE, true);
      const started = performance.now();
      const released = await sweep.sweep();
      times.push(performance.now() - started);
      expect(released).toHaveLength(DUE);
    }
    const [{ pending, waiting, entries }] = await service.query<{ pending: number; waiting: number; entries: number }[]>(
      `SELECT count(*) FILTER (WHERE "status" = 'PENDING')::int AS "pending", count(*) FILTER (WHERE "status" = 'SCHEDULED')::int AS "waiting",
              (SELECT count(*)::int FROM "dispatch"."task_events" WHERE "action" = 'RELEASED') AS "entries"
       FROM "dispatch"."tasks" WHERE "created_by" = 'release-scale'`,
    );
    expect({ pending, waiting, entries }).toEqual({ pending: DUE * RUNS, waiting: WAITING, entries: DUE * RUNS });
    const outbox = await service.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM "dispatch"."outbox" WHERE "envelope"->>'type' = 'dispatch.task.released'`);
    expect(outbox[0].n).toBe(DUE * RUNS);
    const ms = median(times);
    process.stdout.write(`release sweep: ${DUE} bookings in ${ms.toFixed(1)} ms (median of ${RUNS}; runs ${times.map((t) => t.toFixed(0)).join(', ')} ms)\n`);
    expect(ms).toBeLessThan(2000);
  }, 120_000);
});
