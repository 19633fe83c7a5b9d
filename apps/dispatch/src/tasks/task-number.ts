import { EntityManager } from 'typeorm';

export function formatTaskNumber(day: string, sequence: number): string {
  return `T${day}-${String(sequence).padStart(4, '0')}`;
}

/**
 * Next number of the day, e.g. T20261123-0001. The upsert takes a row lock on the day's
 * counter, so concurrent creates get distinct numbers; inside the caller's transaction, a
 * rolled-back create gives its number back.
 */
export async function nextTaskNumber(manager: EntityManager, day: string): Promise<string> {
  const [{ last }] = (await manager.query(
    `INSERT INTO "dispatch"."task_day_counters" ("day", "last") VALUES ($1, 1)
     ON CONFLICT ("day") DO UPDATE SET "last" = "task_day_counters"."last" + 1
     RETURNING "last"`,
    [day],
  )) as [{ last: number }];
  return formatTaskNumber(day, last);
}
