/** Shifts (班次) from domain.md "Who works there"; the center is staffed 24 hours. */
export enum Shift {
  Early = 'EARLY',
  Middle = 'MIDDLE',
  Night = 'NIGHT',
  /** Split day shift for some posts: morning and afternoon with a lunch break. */
  SplitDay = 'SPLIT_DAY',
}

/** A stretch of work in hospital-local wall-clock time; `end` before `start` runs past midnight. */
export interface ShiftSegment {
  start: string;
  end: string;
}

export interface ShiftDefinition {
  label: string;
  segments: readonly ShiftSegment[];
}

export const SHIFT_DEFINITIONS: Record<Shift, ShiftDefinition> = {
  [Shift.Early]: { label: '早班', segments: [{ start: '07:30', end: '15:30' }] },
  [Shift.Middle]: { label: '中班', segments: [{ start: '15:30', end: '23:00' }] },
  [Shift.Night]: { label: '夜班', segments: [{ start: '23:00', end: '07:30' }] },
  [Shift.SplitDay]: {
    label: '两头班',
    segments: [
      { start: '07:30', end: '11:30' },
      { start: '13:30', end: '17:00' },
    ],
  },
};

/** Where a worker stands, derived from duty (clocked in, inside a shift segment) and active jobs. */
export enum DutyStatus {
  /** On duty, in a shift segment, under capacity: can take a job. */
  Available = 'AVAILABLE',
  /** On duty but carrying as many jobs as their capacity allows. */
  Busy = 'BUSY',
  /** Clocked in but between the segments of their shift (the split shift's lunch) or past its end. */
  OnBreak = 'ON_BREAK',
  /** Not clocked in. */
  OffDuty = 'OFF_DUTY',
}
