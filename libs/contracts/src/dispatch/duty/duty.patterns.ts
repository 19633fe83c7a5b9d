export const DutyPatterns = {
  clockIn: 'dispatch.staff.clock-in',
  clockOut: 'dispatch.staff.clock-out',
  roster: 'dispatch.staff.roster',
} as const;
