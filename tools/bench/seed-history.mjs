// Months of finished dispatch work for the read scenarios (board, stats): written straight into
// schema "dispatch" with set-based SQL, since 200 000 tasks through the API would take longer than
// the benchmark itself. The row shape follows the dispatch specs that seed the same volume
// (board.timing.spec.ts, auto-assign.scale.spec.ts) and every NOT NULL / CHECK of the migrations.

import { withPgClient } from '../lib/infra.mjs';

const DAYS = 60;
const STAFF = 300;
// Jobs registered in the last two hours are still open (a board's worth); older ones are done.
const OPEN_WINDOW = '2 hours';
const GROUPS = `ARRAY['INTERNAL_MEDICINE','SURGERY','EMERGENCY']`;
const TYPES = `ARRAY['PATIENT_TRANSPORT','SPECIMEN','DRUG','DOCUMENT','GOODS','LINEN','ODD_JOB','DISINFECTION','AMBULANCE_120']`;
// Every post a task type needs (TASK_TYPE_POST), so each history worker could have done any job.
const ALL_POSTS = `'{EXAM_ESCORT,SPECIMEN_COURIER,DRUG_COURIER,DELIVERY,ODD_JOBS,DISINFECTION,STRETCHER_BEARER}'`;
// Fixed ids (a prefix no API-created row has) so the tasks can name their assignee without a join.
const staffId = (expr) => `('00000000-0000-4000-b000-' || lpad((${expr})::text, 12, '0'))::uuid`;

const STAFF_SQL = `
  INSERT INTO "dispatch"."staff" ("id", "staff_no", "name", "group", "posts", "capacity", "version")
  SELECT ${staffId('w')}, 'BH-' || lpad(w::text, 4, '0'), '历史工人 ' || w, (${GROUPS})[1 + w % 3], ${ALL_POSTS}, 3, 1
  FROM generate_series(1, $1::int) w
  ON CONFLICT DO NOTHING`;

// $1 now, $2 task count, $3 staff count. Numbers start with H, which the live T-numbers never do.
const TASKS_SQL = `
  INSERT INTO "dispatch"."tasks"
    ("number", "type", "priority", "status", "group", "origin", "destination", "requester", "created_by", "version",
     "created_at", "updated_at", "queued_at", "due_at", "accepted_at", "completed_at", "overdue_at", "assignee_id", "handed_over_by", "received_by")
  SELECT 'H' || lpad(i::text, 8, '0'),
         (${TYPES})[1 + i % 9],
         (ARRAY['ROUTINE','URGENT','STAT'])[1 + i % 3],
         s."status",
         (${GROUPS})[1 + i % 7 % 3],
         '{"department":"心内科","ward":"5病区","bed":"12"}', '{"department":"检验科"}', '{"department":"心内科","contactName":"李护士"}',
         'bench-history', 1,
         c, c, c, c + interval '30 minutes',
         CASE WHEN s."status" IN ('COMPLETED', 'ACCEPTED', 'IN_PROGRESS') THEN c + (1 + i % 9) * interval '1 minute' END,
         CASE WHEN s."status" = 'COMPLETED' THEN c + (10 + i % 37) * interval '1 minute' END,
         -- Open jobs already past their deadline are flagged, so the overdue sweep has no backlog to emit during a run.
         CASE WHEN s."status" NOT IN ('COMPLETED', 'CANCELLED') AND c + interval '30 minutes' < $1::timestamptz THEN c + interval '30 minutes' END,
         CASE WHEN s."status" NOT IN ('PENDING', 'CANCELLED') THEN ${staffId('1 + abs(hashint4(i)) % $3::int')} END,
         CASE WHEN s."status" IN ('COMPLETED', 'IN_PROGRESS') THEN '护士站' END,
         CASE WHEN s."status" = 'COMPLETED' THEN '检验科前台' END
  FROM generate_series(1, $2::int) i
  CROSS JOIN LATERAL (SELECT $1::timestamptz - (($2::int - i)::float8 / $2::int) * interval '${DAYS} days' AS c) t
  CROSS JOIN LATERAL (
    SELECT CASE
             WHEN c > $1::timestamptz - interval '${OPEN_WINDOW}' THEN (ARRAY['PENDING','ASSIGNED','ACCEPTED','IN_PROGRESS'])[1 + i % 4]
             WHEN i % 100 < 3 THEN 'CANCELLED'
             ELSE 'COMPLETED'
           END AS "status"
  ) s`;

const INCIDENTS_SQL = `
  INSERT INTO "dispatch"."incidents" ("task_id", "kind", "severity", "description", "staff_ids", "reported_by", "reported_at")
  SELECT t."id", 'DELAY', 'MINOR', 'bench history', ARRAY[t."assignee_id"], 'bench-history', t."completed_at"
  FROM "dispatch"."tasks" t
  WHERE t."created_by" = 'bench-history' AND t."status" = 'COMPLETED' AND hashtext(t."number") % 200 = 0`;

const seeded = new Map(); // databaseUrl -> promise, so board and stats share one seeding

/**
 * Inserts `tasks` historical dispatch tasks over the last 60 days (about 3 % cancelled, the rest
 * delivered, the last two hours still open) for 300 history workers, then VACUUM ANALYZE so the
 * planner and the index-only scans see them as a server that has been running would.
 * Memoized per database: the second caller waits for the first.
 */
export function seedHistory(databaseUrl, { tasks = 200_000, say = () => {} } = {}) {
  if (!seeded.has(databaseUrl)) seeded.set(databaseUrl, insertHistory(databaseUrl, tasks, say));
  return seeded.get(databaseUrl);
}

/**
 * Fresh planner statistics for the tables a scenario has just filled through the API. Autovacuum
 * would do it on a server in use, but it may be off (it is on the shared development Postgres),
 * and a table analyzed while empty gets nested-loop plans: the duty roster then takes ~50 ms
 * instead of ~5 ms with 800 workers clocked in.
 */
export function analyzeDispatch(databaseUrl) {
  return withPgClient(databaseUrl, (client) => client.query(`ANALYZE "dispatch"."tasks", "dispatch"."staff", "dispatch"."duty_sessions"`));
}

function insertHistory(databaseUrl, tasks, say) {
  return withPgClient(databaseUrl, async (client) => {
    const { rows } = await client.query(`SELECT count(*)::int AS n FROM "dispatch"."tasks" WHERE "created_by" = 'bench-history'`);
    if (rows[0].n > 0) {
      say(`history: ${rows[0].n} historical tasks already there`);
      return;
    }
    const started = Date.now();
    await client.query('BEGIN');
    try {
      await client.query(STAFF_SQL, [STAFF]);
      await client.query(TASKS_SQL, [new Date().toISOString(), tasks, STAFF]);
      await client.query(INCIDENTS_SQL);
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK').catch(() => {});
      throw error;
    }
    await client.query(`VACUUM ANALYZE "dispatch"."tasks", "dispatch"."staff", "dispatch"."incidents"`);
    say(`history: ${tasks} tasks over ${DAYS} days for ${STAFF} workers in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  });
}
