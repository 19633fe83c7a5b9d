export const SchedulePatterns = {
  create: 'dispatch.schedule.create',
  get: 'dispatch.schedule.get',
  list: 'dispatch.schedule.list',
  edit: 'dispatch.schedule.edit',
  pause: 'dispatch.schedule.pause',
  resume: 'dispatch.schedule.resume',
  end: 'dispatch.schedule.end',
  occurrences: 'dispatch.schedule.occurrences',
} as const;

export const CalendarPatterns = {
  listHolidays: 'dispatch.calendar.holidays.list',
  putHoliday: 'dispatch.calendar.holidays.put',
  removeHoliday: 'dispatch.calendar.holidays.remove',
} as const;
