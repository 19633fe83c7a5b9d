import { StatsGroupBy, StatsRowDto } from '@hospital/contracts';
import { EntityManager } from 'typeorm';

/**
 * The column each breakdown groups by; whitelisted here, never taken from the request. Grouping
 * sorts tens of thousands of keys: byte order ("C") and the worker's uuid itself sort several
 * times faster than the database's linguistic collation would, and the order of groups is ours anyway.
 */
const KEY_COLUMN: Record<StatsGroupBy, string> = {
  [StatsGroupBy.Type]: 't."type" COLLATE "C"',
  [StatsGroupBy.Group]: 't."group" COLLATE "C"',
  [StatsGroupBy.Priority]: 't."priority" COLLATE "C"',
  [StatsGroupBy.Worker]: 't."assignee_id"',
};

interface StatsSqlRow {
  is_total: boolean;
  key: string | null;
  count: number;
  completed: number;
  cancelled: number;
  /** [median, p90] in seconds, or null when the group has no value to rank. */
  response: (number | null)[] | null;
  turnaround: (number | null)[] | null;
  on_time_percent: string | null;
  accuracy_percent: string | null;
}

/**
 * One pass over the tasks that entered the queue in [from, to) (registered, or a booking released): an index-only scan of `tasks_stats_idx`, which
 * holds every column read here, so no wide row is fetched (the first acceptance is a column on
 * the task); when completed, a probe for an incident (a hashed subplan over `incidents`). GROUPING SETS give the per-key rows and the total
 * in the same scan; `GROUPING()` tells the total apart from a group whose key is null (tasks never
 * assigned, when grouping by worker). Each metric is sorted once for both percentiles (array form).
 */
export function statsSql(groupBy: StatsGroupBy | undefined): string {
  const key = groupBy ? KEY_COLUMN[groupBy] : 'NULL::text';
  const groupingSets = groupBy ? 'GROUPING SETS (("key"), ())' : '()';
  return `
    WITH "t" AS (
      SELECT
        ${key} AS "key",
        t."status",
        extract(epoch FROM t."accepted_at" - t."queued_at")::float8 AS "response",
        CASE WHEN t."status" = 'COMPLETED' THEN extract(epoch FROM t."completed_at" - t."queued_at")::float8 END AS "turnaround",
        CASE WHEN t."status" = 'COMPLETED' THEN t."completed_at" <= t."due_at" END AS "on_time",
        CASE WHEN t."status" = 'COMPLETED'
          THEN NOT EXISTS (SELECT 1 FROM "dispatch"."incidents" i WHERE i."task_id" = t."id" AND i."status" = 'CONFIRMED') END AS "accurate"
      FROM "dispatch"."tasks" t
      WHERE t."queued_at" >= $1::timestamptz AND t."queued_at" < $2::timestamptz
    )
    SELECT
      ${groupBy ? 'GROUPING("key") = 1' : 'true'} AS "is_total",
      ${groupBy ? '"key"::text' : 'NULL::text'} AS "key",
      count(*)::int AS "count",
      count(*) FILTER (WHERE "status" = 'COMPLETED')::int AS "completed",
      count(*) FILTER (WHERE "status" = 'CANCELLED')::int AS "cancelled",
      percentile_cont(ARRAY[0.5, 0.9]) WITHIN GROUP (ORDER BY "response") AS "response",
      percentile_cont(ARRAY[0.5, 0.9]) WITHIN GROUP (ORDER BY "turnaround") AS "turnaround",
      round(100.0 * count(*) FILTER (WHERE "on_time") / nullif(count(*) FILTER (WHERE "status" = 'COMPLETED'), 0), 1) AS "on_time_percent",
      round(100.0 * count(*) FILTER (WHERE "accurate") / nullif(count(*) FILTER (WHERE "status" = 'COMPLETED'), 0), 1) AS "accuracy_percent"
    FROM "t"
    GROUP BY ${groupingSets}
    ORDER BY 1, 2 NULLS LAST`;
}

const num = (value: string | null): number | null => (value === null ? null : Number(value));
/** Whole seconds; percentile_cont yields null for an empty group (the array itself or its items). */
const seconds = (values: (number | null)[] | null, at: 0 | 1): number | null => {
  const value = values?.[at];
  return value === null || value === undefined ? null : Math.round(value);
};

function toRow(row: StatsSqlRow): StatsRowDto {
  return {
    key: row.is_total ? null : row.key,
    count: row.count,
    completed: row.completed,
    cancelled: row.cancelled,
    responseMedianSeconds: seconds(row.response, 0),
    responseP90Seconds: seconds(row.response, 1),
    turnaroundMedianSeconds: seconds(row.turnaround, 0),
    turnaroundP90Seconds: seconds(row.turnaround, 1),
    onTimePercent: num(row.on_time_percent),
    accuracyPercent: num(row.accuracy_percent),
  };
}

const emptyRow = (): StatsRowDto => ({
  key: null,
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

/**
 * The report's rows and total over [from, to). Run inside a transaction: the settings it makes
 * for its one big query are local to it.
 */
export async function queryStats(
  manager: EntityManager,
  range: { from: Date; to: Date; groupBy: StatsGroupBy | undefined },
): Promise<{ rows: StatsRowDto[]; total: StatsRowDto }> {
  // A report over tens of thousands of rows: JIT compilation alone costs hundreds of ms and
  // buys nothing here, and the percentile sorts should stay in memory. Both only for this query.
  await manager.query(`SET LOCAL jit = off; SET LOCAL work_mem = '32MB'`);
  const result: StatsSqlRow[] = await manager.query(statsSql(range.groupBy), [range.from.toISOString(), range.to.toISOString()]);
  const total = result.find((r) => r.is_total);
  return {
    rows: result.filter((r) => !r.is_total).map(toRow),
    // An aggregate over no rows still yields the () grouping set, but keep a fallback for safety.
    total: total ? toRow(total) : emptyRow(),
  };
}
