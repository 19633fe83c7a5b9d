import { DutyStatus, Role, TaskStatus } from '@hospital/contracts';
import { actors, median } from '@hospital/testing';
import { ServiceUnderTest, startServiceUnderTest } from '@hospital/service-testing';
import { performance } from 'node:perf_hooks';
import { dispatchService } from '../service';
import { DutyQueryService } from '../duty/duty-query.service';
import { shiftOccurrenceAt } from '../duty/shift-calendar';
import { shiftCovering } from '../duty/shift-covering.spec-helper';
import { TaskLifecycleService } from '../tasks/task-lifecycle.service';

const TZ = 'Asia/Shanghai';
const MINUTE = 60_000;
const STAFF = 300;
const TASKS = 200_000;
const RUNS = 20;
const dispatcher = actors.user(Role.Dispatcher);

describe(`Auto-assignment at scale: ${STAFF} staff on duty, ${TASKS} historical tasks (real Postgres)`, () => {
  let service: ServiceUnderTest;
  let lifecycle: TaskLifecycleService;
  let duty: DutyQueryService;

  beforeAll(async () => {
    // The history's open jobs are long past their deadlines: no sweep rewriting them while assignment is timed.
    service = await startServiceUnderTest(dispatchService, { env: { TZ_HOSPITAL: TZ, OVERDUE_SWEEP_SECONDS: '3600' } });
    lifecycle = service.app.get(TaskLifecycleService);
    duty = service.app.get(DutyQueryService);

    // A third of the staff are specimen couriers, spread over the three groups.
    await service.query(
      `INSERT INTO "dispatch"."staff" ("staff_no", "name", "group", "posts", "version", "capacity")
       SELECT 'SS' || lpad(i::text, 4, '0'), 'worker ' || i, (ARRAY['INTERNAL_MEDICINE','SURGERY','EMERGENCY'])[1 + (i / 3) % 3],
              (ARRAY['{SPECIMEN_COURIER,DELIVERY}','{EXAM_ESCORT}','{DRUG_COURIER,ODD_JOBS}'])[1 + i % 3]::text[], 1, 3
       FROM generate_series(1, ${STAFF}) i`,
    );
    const clockedInAt = new Date(Date.now() - 5 * MINUTE);
    const shift = shiftCovering(new Date(), TZ);
    const occurrence = shiftOccurrenceAt(shift, clockedInAt, TZ);
    await service.query(
      `INSERT INTO "dispatch"."duty_sessions" ("staff_id", "shift", "shift_start", "shift_end", "clocked_in_at", "clocked_in_by")
       SELECT "id", $1, $2, $3, $4, 'scale-spec' FROM "dispatch"."staff"`,
      [shift, occurrence.start, occurrence.end, clockedInAt],
    );
    // One in ten on a break they started: read in the same statement as the session, never per person.
    await service.query(
      `INSERT INTO "dispatch"."duty_breaks" ("staff_id", "duty_session_id", "started_at", "started_by")
       SELECT d."staff_id", d."id", d."clocked_in_at", 'scale-spec'
       FROM "dispatch"."duty_sessions" d JOIN "dispatch"."staff" s ON s."id" = d."staff_id"
       WHERE substr(s."staff_no", 3)::int % 10 = 0`,
    );
    // 90 days of history: almost all completed or cancelled, one in a thousand still in someone's hands.
    await service.query(
      `WITH w AS (SELECT array_agg("id" ORDER BY "staff_no") AS "ids" FROM "dispatch"."staff")
       INSERT INTO "dispatch"."tasks"
         ("number", "type", "priority", "status", "group", "origin", "destination", "requester", "created_by", "version",
          "created_at", "updated_at", "due_at", "completed_at", "assignee_id")
       SELECT 'AS' || i,
              (ARRAY['PATIENT_TRANSPORT','SPECIMEN','DRUG','DOCUMENT','GOODS','LINEN','ODD_JOB','DISINFECTION','AMBULANCE_120'])[1 + i % 9],
              (ARRAY['ROUTINE','URGENT','STAT'])[1 + i % 3],
              CASE WHEN i % 1000 = 0 THEN 'ASSIGNED' WHEN i % 20 = 17 THEN 'CANCELLED' ELSE 'COMPLETED' END,
              (ARRAY['INTERNAL_MEDICINE','SURGERY','EMERGENCY'])[1 + i % 7 % 3],
              '{"department":"心内科"}', '{"department":"检验科"}', '{"department":"心内科"}', 'scale-spec', 3,
              c, c, c + interval '30 minutes',
              CASE WHEN i % 1000 <> 0 AND i % 20 <> 17 THEN c + (10 + i % 37) * interval '1 minute' END,
              w."ids"[1 + abs(hashint4(i)) % ${STAFF}]
       FROM generate_series(1, ${TASKS}) i, w,
            LATERAL (SELECT now() - interval '90 days' + (i::float8 / ${TASKS}) * interval '89 days' AS c) t`,
    );
    // The jobs to assign: routine specimen runs from 内科组, whose couriers are a ninth of the staff.
    await service.query(
      `INSERT INTO "dispatch"."tasks" ("number", "type", "priority", "status", "group", "origin", "destination", "requester", "created_by", "version", "due_at")
       SELECT 'AP' || i, 'SPECIMEN', 'ROUTINE', 'PENDING', 'INTERNAL_MEDICINE', '{"department":"心内科"}', '{"department":"检验科"}',
              '{"department":"心内科"}', 'scale-spec', 1, now() + interval '2 hours'
       FROM generate_series(1, ${RUNS + 2}) i`,
    );
    // As autovacuum leaves a table that has settled: statistics for the planner, visibility for index-only scans.
    await service.query(`VACUUM ANALYZE "dispatch"."staff", "dispatch"."tasks", "dispatch"."duty_sessions", "dispatch"."duty_breaks"`);
  }, 180_000);

  afterAll(() => service?.stop(), 60_000);

  // The target (20 ms) is measured with this spec alone and reported in the README; during the full
  // `npm test` on two cores the median reaches ~50 ms. The bound here catches what would break the
  // target by an order of magnitude (a query per candidate would be 300 round trips), not noise.
  it(`auto-assigns one task in well under 200 ms (median of ${RUNS}; the target is 20 ms)`, async () => {
    const pending = (await service.query<{ id: string }[]>(`SELECT "id" FROM "dispatch"."tasks" WHERE "number" LIKE 'AP%' ORDER BY "number"`)).map((r) => r.id);
    // Two to warm the pool and the query plans, as a running service is.
    for (const id of pending.slice(0, 2)) await lifecycle.assign({ id, auto: true }, dispatcher);

    const onBreak = new Set((await service.query<{ staff_id: string }[]>(`SELECT "staff_id" FROM "dispatch"."duty_breaks"`)).map((r) => r.staff_id));
    const times: number[] = [];
    for (const id of pending.slice(2)) {
      const started = performance.now();
      const assigned = await lifecycle.assign({ id, auto: true }, dispatcher);
      times.push(performance.now() - started);
      expect(assigned.status).toBe(TaskStatus.Assigned);
      expect(onBreak.has(assigned.assigneeId!)).toBe(false);
    }

    const ms = median(times);
    console.log(`auto-assign with ${STAFF} staff on duty and ${TASKS} tasks: median ${ms.toFixed(1)} ms, max ${Math.max(...times).toFixed(1)} ms over ${RUNS}`);
    expect(ms).toBeLessThan(200);
  });

  it(`computes the roster of all ${STAFF} staff in one query in well under 150 ms (median of ${RUNS})`, async () => {
    await duty.roster({});
    const times: number[] = [];
    let roster: Awaited<ReturnType<DutyQueryService['roster']>> = [];
    for (let i = 0; i < RUNS; i++) {
      const started = performance.now();
      roster = await duty.roster({});
      times.push(performance.now() - started);
    }

    const ms = median(times);
    console.log(`roster of ${STAFF} staff over ${TASKS} tasks: median ${ms.toFixed(1)} ms`);
    expect(roster).toHaveLength(STAFF);
    const onBreak = roster.filter((w) => w.onBreakSince !== null);
    expect(onBreak).toHaveLength(STAFF / 10);
    expect(onBreak.every((w) => w.status === DutyStatus.OnBreak)).toBe(true);
    expect(roster.every((w) => w.status !== DutyStatus.OffDuty && (w.onBreakSince !== null || w.status !== DutyStatus.OnBreak))).toBe(true);
    expect(ms).toBeLessThan(150);
  });

  it(`answers a worker's own queue in one query in well under 50 ms (median of ${RUNS})`, async () => {
    // The one with the most jobs in hand among the history's open ones.
    const [{ assignee_id: staffId }] = await service.query<{ assignee_id: string }[]>(
      `SELECT "assignee_id" FROM "dispatch"."tasks" WHERE "status" IN ('ASSIGNED', 'ACCEPTED', 'IN_PROGRESS') AND "number" LIKE 'AS%'
       GROUP BY "assignee_id" ORDER BY count(*) DESC, "assignee_id" LIMIT 1`,
    );
    const worker = actors.user(Role.Worker, { staffId });
    await duty.queue(worker);
    const times: number[] = [];
    let items = 0;
    for (let i = 0; i < RUNS; i++) {
      const started = performance.now();
      items = (await duty.queue(worker)).items.length;
      times.push(performance.now() - started);
    }

    const ms = median(times);
    console.log(`a worker's queue over ${TASKS} tasks: median ${ms.toFixed(1)} ms, ${items} jobs`);
    expect(items).toBeGreaterThan(0);
    expect(ms).toBeLessThan(50);
  });
});
