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
