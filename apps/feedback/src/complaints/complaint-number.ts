import { EntityManager } from 'typeorm';

/** Next number of the day, e.g. C20261127-0001; the counter row lock keeps concurrent creates apart. */
export async function nextComplaintNumber(manager: EntityManager, day: string): Promise<string> {
  const [{ last }] = (await manager.query(
    `INSERT INTO "feedback"."complaint_day_counters" ("day", "last") VALUES ($1, 1)
     ON CONFLICT ("day") DO UPDATE SET "last" = "complaint_day_counters"."last" + 1
     RETURNING "last"`,
    [day],
  )) as [{ last: number }];
  return `C${day}-${String(last).padStart(4, '0')}`;
}
