import { Shift } from '@hospital/contracts';
import { SHIFT_DEFINITIONS } from './shifts';

/** A calendar day in the hospital's time zone. */
interface LocalDay {
  year: number;
  month: number;
  day: number;
}

/** One occurrence of a shift: its working segments as instants, e.g. the night shift of 23 Nov runs 23 Nov 23:00 → 24 Nov 07:30. */
export interface ShiftOccurrence {
  shift: Shift;
  /** Scheduled start of the first segment. */
  start: Date;
  /** Scheduled end of the last segment. */
  end: Date;
  segments: readonly { readonly start: Date; readonly end: Date }[];
}

const MINUTE_MS = 60_000;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** The wall-clock reading of an instant in a time zone, as if it were UTC (ms). */
function wallClockMs(at: Date, timeZone: string): number {
  const parts = Object.fromEntries(formatter(timeZone).formatToParts(at).map((p) => [p.type, p.value]));
  return Date.UTC(+parts.year, +parts.month - 1, +parts.day, +parts.hour, +parts.minute, +parts.second);
}

function localDayOf(at: Date, timeZone: string): LocalDay {
  const wall = new Date(wallClockMs(at, timeZone));
  return { year: wall.getUTCFullYear(), month: wall.getUTCMonth() + 1, day: wall.getUTCDate() };
}

/**
 * The instant a wall-clock time on a local day happens. Two passes over the zone offset, so a
 * zone with daylight saving resolves too (a skipped hour lands just after the gap).
 */
function instantOf(day: LocalDay, hhmm: string, timeZone: string, plusDays = 0): Date {
  const [hour, minute] = hhmm.split(':').map(Number);
  const wall = Date.UTC(day.year, day.month - 1, day.day + plusDays, hour, minute);
  let guess = wall - (wallClockMs(new Date(wall), timeZone) - wall);
  guess = wall - (wallClockMs(new Date(guess), timeZone) - guess);
  return new Date(guess);
}

function addDays(day: LocalDay, days: number): LocalDay {
  const d = new Date(Date.UTC(day.year, day.month - 1, day.day + days));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** The occurrence of a shift that starts on the given local day; a segment whose end is before its start ends the next day. */
function occurrenceOn(shift: Shift, day: LocalDay, timeZone: string): ShiftOccurrence {
  const segments = SHIFT_DEFINITIONS[shift].segments.map((segment) => ({
    start: instantOf(day, segment.start, timeZone),
    end: instantOf(day, segment.end, timeZone, segment.end <= segment.start ? 1 : 0),
  }));
  return { shift, start: segments[0].start, end: segments[segments.length - 1].end, segments };
}

/**
 * The occurrence someone clocking in (or out) at `at` is working: the one whose hours contain
 * `at`, else the one starting nearest to it. So 22:50 is the night shift starting 23:00 that day,
 * 00:10 the one that started 23:00 the day before, and 07:10 the early shift starting 07:30.
 */
export function shiftOccurrenceAt(shift: Shift, at: Date, timeZone: string): ShiftOccurrence {
  const today = localDayOf(at, timeZone);
  const around = [-1, 0, 1].map((offset) => occurrenceOn(shift, addDays(today, offset), timeZone));
  const containing = around.find((o) => o.start <= at && at < o.end);
  if (containing) return containing;
  return around.reduce((best, o) =>
    Math.abs(o.start.getTime() - at.getTime()) < Math.abs(best.start.getTime() - at.getTime()) ? o : best,
  );
}

/**
 * Occurrences already worked out: everyone on one shift shares one, and time-zone arithmetic
 * through Intl costs tens of microseconds, which a roster of hundreds would otherwise pay per person.
 */
const occurrences = new Map<string, ShiftOccurrence>();
const MAX_CACHED_OCCURRENCES = 512;

/** The occurrence a duty session belongs to, from its scheduled start (stored with the session). */
export function shiftOccurrenceStarting(shift: Shift, start: Date, timeZone: string): ShiftOccurrence {
  const key = `${timeZone}|${shift}|${start.getTime()}`;
  let occurrence = occurrences.get(key);
  if (!occurrence) {
    if (occurrences.size >= MAX_CACHED_OCCURRENCES) occurrences.clear();
    occurrence = occurrenceOn(shift, localDayOf(start, timeZone), timeZone);
    occurrences.set(key, occurrence);
  }
  return occurrence;
}

/** Whole minutes from `from` to `to`, rounded down; negative when `to` is earlier. */
export function minutesBetween(from: Date, to: Date): number {
  return Math.floor((to.getTime() - from.getTime()) / MINUTE_MS);
}
