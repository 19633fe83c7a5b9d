import { CronExpressionParser } from 'cron-parser';
import { DomainError, hospitalDate, startOfHospitalDay } from '@hospital/platform';

/** Recurring logistics jobs come round at most this often: a cron firing every minute is a typo, not a round. */
export const MIN_INTERVAL_MINUTES = 15;

export interface Recurrence {
  cron: string;
  timeZone: string;
  /** Hospital days, YYYY-MM-DD; occurrences on days outside them do not exist. */
  startsOn: string;
  endsOn: string | null;
}

function parse({ cron, timeZone }: Recurrence, after: Date) {
  return CronExpressionParser.parse(cron, { currentDate: after, tz: timeZone });
}

/**
 * Checks the expression is one this platform runs: five fields (minute to day of week, no
 * seconds), valid for the parser, firing at least once within a year and at most every
 * MIN_INTERVAL_MINUTES. `field` names the request's property in the 400.
 */
export function checkRecurrence(recurrence: Recurrence, now: Date, field = 'cron'): void {
  const fail = (message: string) => DomainError.validation([{ field, message }]);
  if (recurrence.cron.trim().split(/\s+/).length !== 5) throw fail(`${field} must have five fields: minute hour day-of-month month day-of-week`);
  if (recurrence.endsOn && recurrence.endsOn < recurrence.startsOn) {
    throw DomainError.validation([{ field: 'endsOn', message: 'endsOn must not be before startsOn' }]);
  }
  let first: Date;
  let second: Date;
  try {
    const dates = parse(recurrence, now);
    first = dates.next().toDate();
    second = dates.next().toDate();
  } catch (error) {
    throw fail(`${field} is not a valid cron expression: ${(error as Error).message}`);
  }
  if (first.getTime() - now.getTime() > 366 * 86_400_000) throw fail(`${field} never comes round within a year`);
  if (second.getTime() - first.getTime() < MIN_INTERVAL_MINUTES * 60_000) {
    throw fail(`${field} comes round more often than every ${MIN_INTERVAL_MINUTES} minutes`);
  }
}

/**
 * The first occurrence strictly after `after` and on or after the schedule's first day; null
 * when the next one falls after its last day.
 */
export function nextOccurrence(recurrence: Recurrence, after: Date): Date | null {
  const dayStart = startOfHospitalDay(recurrence.startsOn, recurrence.timeZone).getTime() - 1;
  const from = new Date(Math.max(after.getTime(), dayStart));
  const next = parse(recurrence, from).next().toDate();
  if (recurrence.endsOn && hospitalDate(next, recurrence.timeZone) > recurrence.endsOn) return null;
  return next;
}

/** The next `count` occurrences after `after` (fewer when the schedule ends first). */
export function upcomingOccurrences(recurrence: Recurrence, after: Date, count: number): Date[] {
  const dates: Date[] = [];
  let cursor = after;
  while (dates.length < count) {
    const next = nextOccurrence(recurrence, cursor);
    if (!next) break;
    dates.push(next);
    cursor = next;
  }
  return dates;
}
