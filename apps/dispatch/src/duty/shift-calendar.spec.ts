import { Shift } from '@hospital/contracts';
import { shiftOccurrenceAt, shiftOccurrenceStarting } from './shift-calendar';

const SHANGHAI = 'Asia/Shanghai';
/** A hospital-local wall-clock time in Shanghai (UTC+8 all year). */
const cst = (local: string) => new Date(`${local}:00+08:00`);
const iso = (d: Date) => d.toISOString();

describe('shiftOccurrenceAt: which occurrence of a shift a clock-in at a given time is for', () => {
  it('puts an early clock-in at 07:20 on the early shift 07:30–15:30 of that day', () => {
    const o = shiftOccurrenceAt(Shift.Early, cst('2025-11-24T07:20'), SHANGHAI);
    expect([iso(o.start), iso(o.end)]).toEqual([iso(cst('2025-11-24T07:30')), iso(cst('2025-11-24T15:30'))]);
  });

  it('puts a late clock-in at 16:10 on the early shift that started 07:30 that day, not the next one', () => {
    expect(iso(shiftOccurrenceAt(Shift.Early, cst('2025-11-24T16:10'), SHANGHAI).start)).toBe(iso(cst('2025-11-24T07:30')));
  });

  it('gives the middle shift 15:30–23:00', () => {
    const o = shiftOccurrenceAt(Shift.Middle, cst('2025-11-24T15:40'), SHANGHAI);
    expect([iso(o.start), iso(o.end)]).toEqual([iso(cst('2025-11-24T15:30')), iso(cst('2025-11-24T23:00'))]);
  });

  it('puts a night clock-in at 22:50 on the night shift starting 23:00 that day and ending 07:30 the next', () => {
    const o = shiftOccurrenceAt(Shift.Night, cst('2025-11-24T22:50'), SHANGHAI);
    expect([iso(o.start), iso(o.end)]).toEqual([iso(cst('2025-11-24T23:00')), iso(cst('2025-11-25T07:30'))]);
  });

  it('puts a night clock-in at 00:10 on the night shift that started 23:00 the day before', () => {
    const o = shiftOccurrenceAt(Shift.Night, cst('2025-11-25T00:10'), SHANGHAI);
    expect([iso(o.start), iso(o.end)]).toEqual([iso(cst('2025-11-24T23:00')), iso(cst('2025-11-25T07:30'))]);
  });

  it('crosses a month and a year end for the night shift', () => {
    expect(iso(shiftOccurrenceAt(Shift.Night, cst('2025-12-01T00:10'), SHANGHAI).start)).toBe(iso(cst('2025-11-30T23:00')));
    expect(iso(shiftOccurrenceAt(Shift.Night, cst('2026-01-01T03:00'), SHANGHAI).start)).toBe(iso(cst('2025-12-31T23:00')));
  });

  it('gives the split day shift two segments, 07:30–11:30 and 13:30–17:00, even for a clock-in at lunch', () => {
    const o = shiftOccurrenceAt(Shift.SplitDay, cst('2025-11-24T13:20'), SHANGHAI);
    expect(o.segments.map((s) => [iso(s.start), iso(s.end)])).toEqual([
      [iso(cst('2025-11-24T07:30')), iso(cst('2025-11-24T11:30'))],
      [iso(cst('2025-11-24T13:30')), iso(cst('2025-11-24T17:00'))],
    ]);
    expect([iso(o.start), iso(o.end)]).toEqual([iso(cst('2025-11-24T07:30')), iso(cst('2025-11-24T17:00'))]);
  });

  it('reads wall-clock times in the configured zone, daylight saving included', () => {
    // Berlin moves from UTC+1 to UTC+2 at 02:00 on 30 March 2025: that night shift is an hour shorter.
    const o = shiftOccurrenceAt(Shift.Night, new Date('2025-03-29T23:05:00+01:00'), 'Europe/Berlin');
    expect([iso(o.start), iso(o.end)]).toEqual(['2025-03-29T22:00:00.000Z', '2025-03-30T05:30:00.000Z']);
    expect(iso(shiftOccurrenceAt(Shift.Early, new Date('2025-03-30T07:00:00+02:00'), 'Europe/Berlin').start)).toBe('2025-03-30T05:30:00.000Z');
  });
});

describe('shiftOccurrenceStarting', () => {
  it('finds the same occurrence again from its stored start', () => {
    const o = shiftOccurrenceAt(Shift.Night, cst('2025-11-25T00:10'), SHANGHAI);
    expect(shiftOccurrenceStarting(Shift.Night, o.start, SHANGHAI)).toEqual(o);
  });
});
