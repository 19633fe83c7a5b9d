import { ErrorCode, Group, HolidayPolicy, OccurrenceOutcome, Role, ScheduleStatus, TaskPriority, TaskStatus, TaskType } from '@hospital/contracts';
import { hospitalDate, startOfHospitalDay } from '@hospital/platform';
import { actors } from '@hospital/testing';
import { expectDomainError, ServiceUnderTest, startServiceUnderTest } from '@hospital/service-testing';
import { dispatchService } from '../service';
import { taskRequest } from '../tasks/task-fixtures.spec-helper';
import { TasksQueryService } from '../tasks/tasks-query.service';
import { CalendarService } from './calendar.service';
import { ScheduleSweep } from './schedule-sweep';
import { SchedulesService } from './schedules.service';

const dispatcher = actors.user(Role.Dispatcher);
const manager = actors.user(Role.Manager);
const DAY = 86_400_000;

/** The morning specimen round of ward 5 (晨标), routine: the couriers collect the tubes drawn at dawn. */
const morningRound = (startsOn: string, holidays = HolidayPolicy.Skip) => ({
  name: '5病区晨标',
  cron: '0 6 * * *',
  holidays,
  startsOn,
  template: taskRequest({ type: TaskType.Specimen, priority: TaskPriority.Routine, group: Group.InternalMedicine }),
});

describe('recurring jobs (real Postgres)', () => {
  let service: ServiceUnderTest;
  let schedules: SchedulesService;
  let sweep: ScheduleSweep;
  let calendar: CalendarService;
  let tz: string;

  // Days well ahead of the real clock, so that no occurrence of a spec's schedule is booked on creation.
  const dayAhead = (days: number) => hospitalDate(new Date(Date.now() + days * DAY), tz);
  const plusDays = (day: string, days: number) => new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
  /** 01:00 hospital time on `day`: the look-ahead (24 h) then reaches that day's 06:00 and not the next. */
  const oneInTheMorning = (day: string) => new Date(startOfHospitalDay(day, tz).getTime() + 3_600_000);
  const tasksOf = (scheduleId: string) =>
    service.query<{ id: string; status: TaskStatus; scheduled_for: Date; due_at: Date }[]>(
      `SELECT t."id", t."status", t."scheduled_for", t."due_at" FROM "dispatch"."tasks" t
       JOIN "dispatch"."schedule_occurrences" o ON o."task_id" = t."id" WHERE o."schedule_id" = $1 ORDER BY t."scheduled_for"`,
      [scheduleId],
    );

  beforeAll(async () => {
    service = await startServiceUnderTest(dispatchService, { env: { SCHEDULE_SWEEP_SECONDS: '3600', RELEASE_SWEEP_SECONDS: '3600' } });
    schedules = service.app.get(SchedulesService);
    sweep = service.app.get(ScheduleSweep);
    calendar = service.app.get(CalendarService);
    tz = service.env.TZ_HOSPITAL;
  });

  afterAll(async () => {
    await service.stop();
  });

  it('a daily 06:00 round books one job per day for a simulated week, none twice with two replicas sweeping, none on a holiday', async () => {
    const first = dayAhead(10);
    const holiday = plusDays(first, 3);
    await calendar.put({ day: holiday, name: '院庆' }, manager);
    const round = await schedules.create(morningRound(first), dispatcher);
    expect(round).toMatchObject({ status: ScheduleStatus.Active, timeZone: tz, nextOccurrenceAt: new Date(startOfHospitalDay(first, tz).getTime() + 6 * 3_600_000).toISOString() });

    for (let day = 0; day < 7; day += 1) {
      const now = oneInTheMorning(plusDays(first, day));
      // Two replicas' sweeps at the same tick, and one more a moment later.
      await Promise.all([sweep.sweep(now), sweep.sweep(now)]);
      await sweep.sweep(new Date(now.getTime() + 60_000));
    }

    const booked = await tasksOf(round.id);
    const days = booked.map((t) => hospitalDate(t.scheduled_for, tz));
    expect(days).toEqual([0, 1, 2, 4, 5, 6].map((d) => plusDays(first, d)));
    for (const task of booked) {
      expect(task.status).toBe(TaskStatus.Scheduled);
      expect(task.due_at).toEqual(task.scheduled_for);
      expect(new Intl.DateTimeFormat('en-GB', { timeZone: tz, hour: '2-digit', minute: '2-digit' }).format(task.scheduled_for)).toBe('06:00');
    }
    const page = await schedules.occurrences({ id: round.id, limit: 20 });
    expect(page.items.map((o) => [hospitalDate(new Date(o.occursAt), tz), o.outcome]).reverse()).toEqual([
      [plusDays(first, 0), OccurrenceOutcome.Booked],
      [plusDays(first, 1), OccurrenceOutcome.Booked],
      [plusDays(first, 2), OccurrenceOutcome.Booked],
      [holiday, OccurrenceOutcome.SkippedHoliday],
      [plusDays(first, 4), OccurrenceOutcome.Booked],
      [plusDays(first, 5), OccurrenceOutcome.Booked],
      [plusDays(first, 6), OccurrenceOutcome.Booked],
    ]);
    expect(page.items.find((o) => o.outcome === OccurrenceOutcome.Booked)).toMatchObject({ taskStatus: TaskStatus.Scheduled, taskNumber: expect.stringMatching(/^T\d{8}-\d{4}$/) });
    expect(page.upcoming[0]).toBe(new Date(startOfHospitalDay(plusDays(first, 7), tz).getTime() + 6 * 3_600_000).toISOString());

    // The job carries the template and says where it came from.
    const [one] = booked;
    const detail = await service.app.get(TasksQueryService).get(one.id, dispatcher);
    expect(detail).toMatchObject({ type: TaskType.Specimen, createdBy: dispatcher.id, origin: { ward: '5病区' } });
    expect(detail.timeline[0]).toMatchObject({ action: 'CREATED', status: 'SCHEDULED', note: 'recurring: 5病区晨标' });
  });

  it('a round that runs on holidays books the holiday too; weekdays only skips the weekend', async () => {
    const first = dayAhead(40);
    await calendar.put({ day: first, name: '元旦' }, manager);
    const everyDay = await schedules.create(morningRound(first, HolidayPolicy.Run), dispatcher);
    await sweep.sweep(oneInTheMorning(first));
    expect((await tasksOf(everyDay.id)).map((t) => hospitalDate(t.scheduled_for, tz))).toEqual([first]);

    const weekdays = await schedules.create({ ...morningRound(first), name: '被服 工作日', cron: '0 9 * * 1-5' }, dispatcher);
    const page = await schedules.occurrences({ id: weekdays.id, limit: 5 });
    const weekdaysOf = page.upcoming.map((at) => new Intl.DateTimeFormat('en-GB', { timeZone: tz, weekday: 'short' }).format(new Date(at)));
    expect(weekdaysOf).toHaveLength(5);
    expect(weekdaysOf).not.toContain('Sat');
    expect(weekdaysOf).not.toContain('Sun');
  });

  it('edits apply from the next occurrence on: what waits is withdrawn and booked again under the new rules', async () => {
    const first = dayAhead(60);
    const round = await schedules.create(morningRound(first), dispatcher);
    await sweep.sweep(oneInTheMorning(first));
    const [before] = await tasksOf(round.id);

    // Made a day in advance too: the look-ahead books on creation what falls inside it.
    const edited = await schedules.edit({ id: round.id, cron: '30 6 * * *', template: { ...round.template, notes: '带冰盒' } }, dispatcher);
    expect(edited).toMatchObject({ cron: '30 6 * * *', version: round.version + 2 });
    const withdrawn = await service.app.get(TasksQueryService).get(before.id, dispatcher);
    expect(withdrawn.status).toBe(TaskStatus.Cancelled);
    expect(withdrawn.timeline.at(-1)?.note).toContain('changed');

    await sweep.sweep(oneInTheMorning(first));
    const live = (await tasksOf(round.id)).filter((t) => t.status === TaskStatus.Scheduled);
    expect(live.map((t) => new Intl.DateTimeFormat('en-GB', { timeZone: tz, hour: '2-digit', minute: '2-digit' }).format(t.scheduled_for))).toEqual(['06:30']);
    const outcomes = (await schedules.occurrences({ id: round.id, limit: 10 })).items.map((o) => o.outcome).sort();
    expect(outcomes).toEqual([OccurrenceOutcome.Booked, OccurrenceOutcome.Withdrawn]);
  });

  it('paused books nothing, resumed books again, ended is for good', async () => {
    const first = dayAhead(80);
    const round = await schedules.create(morningRound(first), dispatcher);
    const paused = await schedules.pause(round.id, dispatcher);
    expect(paused).toMatchObject({ status: ScheduleStatus.Paused, nextOccurrenceAt: null });
    await sweep.sweep(oneInTheMorning(first));
    expect(await tasksOf(round.id)).toHaveLength(0);
    expect((await expectDomainError(schedules.pause(round.id, dispatcher))).code).toBe(ErrorCode.InvalidTransition);

    const resumed = await schedules.resume(round.id);
    expect(resumed.status).toBe(ScheduleStatus.Active);
    await sweep.sweep(oneInTheMorning(first));
    expect(await tasksOf(round.id)).toHaveLength(1);

    const ended = await schedules.end(round.id, dispatcher);
    expect(ended.status).toBe(ScheduleStatus.Ended);
    expect((await tasksOf(round.id)).map((t) => t.status)).toEqual([TaskStatus.Cancelled]);
    expect((await expectDomainError(schedules.resume(round.id))).code).toBe(ErrorCode.InvalidTransition);
    await sweep.sweep(oneInTheMorning(plusDays(first, 1)));
    expect(await tasksOf(round.id)).toHaveLength(1);
  });

  it('refuses what would never work, naming the field', async () => {
    const first = dayAhead(5);
    const cases: [Record<string, unknown>, string][] = [
      [{ cron: 'every day' }, 'cron'],
      [{ cron: '0 0 6 * * *' }, 'cron'],
      [{ cron: '*/5 * * * *' }, 'cron'],
      [{ endsOn: plusDays(first, -1) }, 'endsOn'],
      [{ template: { ...morningRound(first).template, scheduledFor: new Date(Date.now() + DAY).toISOString() } }, 'template.scheduledFor'],
      [{ template: taskRequest({ type: TaskType.Linen, feeFen: 100 }) }, 'template.feeFen'],
    ];
    for (const [change, field] of cases) {
      const error = await expectDomainError(schedules.create({ ...morningRound(first), ...change } as never, dispatcher));
      expect([error.code, (error.details as { errors: { field: string }[] }).errors[0].field]).toEqual([expect.stringMatching(/VALIDATION_FAILED|BUSINESS_RULE/), field]);
    }
    expect((await expectDomainError(schedules.get('00000000-0000-4000-8000-000000000000'))).code).toBe(ErrorCode.ScheduleNotFound);
  });

  it('the calendar lists a year’s holidays in date order; removing one is idempotent', async () => {
    await calendar.put({ day: '2031-10-01', name: '国庆' }, manager);
    await calendar.put({ day: '2031-01-01', name: '元旦' }, manager);
    await calendar.put({ day: '2031-10-01', name: '国庆节' }, manager);
    expect((await calendar.list('2031')).items).toEqual([
      { day: '2031-01-01', name: '元旦' },
      { day: '2031-10-01', name: '国庆节' },
    ]);
    await calendar.remove('2031-01-01');
    await calendar.remove('2031-01-01');
    expect((await calendar.list('2031')).items.map((h) => h.day)).toEqual(['2031-10-01']);
  });
});
