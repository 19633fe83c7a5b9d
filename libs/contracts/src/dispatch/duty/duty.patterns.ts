export const DutyPatterns = {
  clockIn: 'dispatch.staff.clock-in',
  clockOut: 'dispatch.staff.clock-out',
  roster: 'dispatch.staff.roster',
  breakStart: 'dispatch.staff.break-start',
  breakEnd: 'dispatch.staff.break-end',
  /** A worker's own open jobs, in the order to do them. */
  queue: 'dispatch.staff.queue',
} as const;
