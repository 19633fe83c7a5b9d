/** en-CA formats a date as YYYY-MM-DD; the formatter is cached per time zone. */
const formatters = new Map<string, Intl.DateTimeFormat>();

/** The hospital's calendar date (YYYY-MM-DD) of an instant, in the hospital's time zone, not the server's. */
export function hospitalDate(at: Date, timeZone: string): string {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    formatters.set(timeZone, format);
  }
  return format.format(at);
}

/** The same day as day-numbered records carry it (YYYYMMDD): T20261123-0001, ZY20261123-0001, C20261123-0001. */
export function hospitalDay(at: Date, timeZone: string): string {
  return hospitalDate(at, timeZone).replaceAll('-', '');
}

/** The UTC offset of `timeZone` at an instant, in milliseconds (Asia/Shanghai: +8 h). */
function offsetMs(at: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' }).formatToParts(at);
  const name = parts.find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
  const match = /GMT([+-])(\d{2}):?(\d{2})?/.exec(name);
  if (!match) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3] ?? 0);
  return (match[1] === '-' ? -1 : 1) * minutes * 60_000;
}

/**
 * The instant a hospital day (YYYY-MM-DD) begins in the hospital's time zone. The offset is read
 * at the guessed instant and once more at the result, so a day that begins just after a DST change
 * still begins at its own midnight.
 */
export function startOfHospitalDay(day: string, timeZone: string): Date {
  const utcMidnight = Date.parse(`${day}T00:00:00Z`);
  const first = utcMidnight - offsetMs(utcMidnight, timeZone);
  return new Date(utcMidnight - offsetMs(first, timeZone));
}
