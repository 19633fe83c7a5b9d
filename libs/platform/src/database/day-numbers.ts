import { EntityManager } from 'typeorm';

/**
 * The next number of a day (1, 2, ...) from its row in a counter table (`"day"`, any further key
 * columns such as a desk, and `"last"`; `table` schema-qualified and quoted, e.g.
 * `"dispatch"."task_day_counters"`). The upsert locks the row until the caller's transaction
 * ends: with the data source's own manager that is the statement itself, inside a transaction
 * it is its commit.
 */
export async function nextOfDay(manager: EntityManager, table: string, day: string, keys: Record<string, string> = {}): Promise<number> {
  const columns = [...Object.keys(keys), 'day'];
  const values = [...Object.values(keys), day];
  const [{ last }] = (await manager.query(
    `INSERT INTO ${table} AS "counter" (${columns.map((c) => `"${c}"`).join(', ')}, "last") VALUES (${values.map((_, i) => `$${i + 1}`).join(', ')}, 1)
     ON CONFLICT (${columns.map((c) => `"${c}"`).join(', ')}) DO UPDATE SET "last" = "counter"."last" + 1
     RETURNING "last"`,
    values,
  )) as [{ last: number }];
  return last;
}

/** A day's number as staff write it: prefix, the day as YYYYMMDD, four digits (T20261123-0001). */
export function formatDayNumber(prefix: string, day: string, sequence: number): string {
  return `${prefix}${day}-${String(sequence).padStart(4, '0')}`;
}
