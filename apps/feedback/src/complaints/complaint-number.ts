import { formatDayNumber, nextOfDay } from '@hospital/platform';
import { EntityManager } from 'typeorm';

/**
 * Next number of the day, e.g. C20261127-0001. Taken in the create's transaction (a follow-up call
 * raises its complaint inside its own), so the day's counter row stays locked until that commit.
 */
export async function nextComplaintNumber(manager: EntityManager, day: string): Promise<string> {
  return formatDayNumber('C', day, await nextOfDay(manager, '"feedback"."complaint_day_counters"', day));
}
