export const StaffPatterns = {
  create: 'dispatch.staff.create',
  get: 'dispatch.staff.get',
  list: 'dispatch.staff.list',
  update: 'dispatch.staff.update',
} as const;
