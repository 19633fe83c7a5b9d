import { Shift } from '@hospital/contracts';

/** A stretch of work in hospital-local wall-clock time; `end` before `start` runs past midnight. */
export interface ShiftSegment {
  start: string;
  end: string;
}

export interface ShiftDefinition {
  label: string;
  segments: readonly ShiftSegment[];
}

/**
 * The hours of each shift (docs/domain.md §1.3). Only dispatch reads them, to place clock-ins and
 * derive duty status; the wire carries the `Shift` and the instants worked out from these, so the
 * hospital changing its hours is a change here, not to the contract.
 */
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
