/** Shifts (班次, docs/domain.md §1.3): on the wire as a staff member's shift; their hours are dispatch's own. */
export enum Shift {
  Early = 'EARLY',
  Middle = 'MIDDLE',
  Night = 'NIGHT',
  /** Split day shift for some posts: morning and afternoon with a lunch break. */
  SplitDay = 'SPLIT_DAY',
}

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
