import { EntityManager } from 'typeorm';

export function formatTaskNumber(day: string, sequence: number): string {
  return `T${day}-${String(sequence).padStart(4, '0')}`;
}

/**
 * Next number of the day, e.g. T20261123-0001. Given the data source's manager (not a
 * transaction's), the upsert commits on its own: the day's counter row is locked for the
 * increment only. Inside the create's transaction it stayed locked until that commit, so
 * concurrent creates ran one at a time (issue 8: 88 creates/s). The price is a gap in the
 * day's numbers when a create fails after taking its number.
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
