import { formatDayNumber, nextOfDay } from '@hospital/platform';
import { EntityManager } from 'typeorm';

export function formatTaskNumber(day: string, sequence: number): string {
  return formatDayNumber('T', day, sequence);
}

/**
 * Next number of the day, e.g. T20261123-0001. Given the data source's manager (not a
 * transaction's), the upsert commits on its own: the day's counter row is locked for the
 * increment only. Inside the create's transaction it stayed locked until that commit, so
 * concurrent creates ran one at a time (measured: 88 creates/s). The price is a gap in the day's
 * numbers when a create fails after taking its number.
 */
export async function nextTaskNumber(manager: EntityManager, day: string): Promise<string> {
  return formatTaskNumber(day, await nextOfDay(manager, '"dispatch"."task_day_counters"', day));
}
