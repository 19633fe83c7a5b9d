import { EVALUATION_QUARTER } from '@hospital/contracts';

export interface PeriodKeys {
  /** e.g. 2026Q4 */
  quarter: string;
  /** e.g. 2026-11 */
  month: string;
}

/** The quarter and month an instant falls in, on the hospital's calendar (not UTC's). */
export function periodOf(at: Date, timeZone: string): PeriodKeys {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit' }).formatToParts(at);
  const part = (type: 'year' | 'month') => parts.find((p) => p.type === type)?.value ?? '';
  const year = part('year');
  const month = part('month');
  return { quarter: `${year}Q${Math.ceil(Number(month) / 3)}`, month: `${year}-${month}` };
}

/** Which ledger column a period string filters on. */
export function periodColumn(period: string): 'quarter' | 'month' {
  return EVALUATION_QUARTER.test(period) ? 'quarter' : 'month';
}

/** The first month (YYYY-MM) of a period, to pick the rule version that sets its base. */
export function firstMonthOf(period: string): string {
  if (!EVALUATION_QUARTER.test(period)) return period;
  const [year, q] = period.split('Q');
  return `${year}-${String((Number(q) - 1) * 3 + 1).padStart(2, '0')}`;
}

/** The quarter a period belongs to (itself for a quarter). */
export function quarterOf(period: string): string {
  if (EVALUATION_QUARTER.test(period)) return period;
  const [year, month] = period.split('-');
  return `${year}Q${Math.ceil(Number(month) / 3)}`;
}
