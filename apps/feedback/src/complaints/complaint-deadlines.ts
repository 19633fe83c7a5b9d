import { ComplaintSeverity } from '@hospital/contracts';

export interface ComplaintDeadlineConfig {
  ackHours: number;
  ackHoursUrgent: number;
  resolveWorkingDays: number;
  timeZone: string;
}

const DAY_MS = 24 * 60 * 60 * 1000;

function isWeekend(at: Date, timeZone: string): boolean {
  const weekday = new Intl.DateTimeFormat('en-US', { timeZone, weekday: 'short' }).format(at);
  return weekday === 'Sat' || weekday === 'Sun';
}

/**
 * Urgent and major complaints get the short acknowledgement window: a major one is at least as
 * pressing as an urgent one. Resolution counts working days (Saturday and Sunday skipped, as the
 * hospital's calendar sees them) at the same time of day as receipt; public holidays are not modelled.
 */
export function complaintDeadlines(receivedAt: Date, severity: ComplaintSeverity, config: ComplaintDeadlineConfig): { acknowledgeDueAt: Date; resolveDueAt: Date } {
  const ackHours = severity === ComplaintSeverity.Normal ? config.ackHours : config.ackHoursUrgent;
  let due = receivedAt.getTime();
  let left = config.resolveWorkingDays;
  while (left > 0) {
    due += DAY_MS;
    if (!isWeekend(new Date(due), config.timeZone)) left -= 1;
  }
  return { acknowledgeDueAt: new Date(receivedAt.getTime() + ackHours * 3600_000), resolveDueAt: new Date(due) };
}
