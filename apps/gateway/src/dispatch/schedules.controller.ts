import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Param, Patch, Post, Put, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  Actor,
  CalendarPatterns,
  CreateScheduleDto,
  EditScheduleBodyDto,
  HolidayDayDto,
  HolidayDto,
  HolidayListDto,
  ListHolidaysQueryDto,
  ListSchedulesQueryDto,
  PageQueryDto,
  ProblemDto,
  PutHolidayBodyDto,
  Role,
  ScheduleDto,
  ScheduleIdDto,
  ScheduleOccurrencePageDto,
  SchedulePageDto,
  SchedulePatterns,
} from '@hospital/contracts';
import { RpcClient } from '@hospital/platform';
import { ApiAuth, CurrentActor } from '../identity';

/** The floor plans the rounds; those who oversee the center read them. */
const PLANS_ROUNDS = [Role.Admin, Role.Manager, Role.Dispatcher] as const;
const READS_ROUNDS = [Role.Admin, Role.Manager, Role.Dispatcher, Role.Supervisor, Role.Inspector] as const;
/** The hospital calendar is the management's. */
const KEEPS_CALENDAR = [Role.Admin, Role.Manager] as const;

const NOT_NOW = 'The schedule is not in a state that allows this (INVALID_TRANSITION): pause needs ACTIVE, resume PAUSED, and nothing follows ENDED';

/** Recurring jobs (the morning specimen round, weekly linen) and the calendar whose holidays they skip. */
@ApiTags('dispatch')
@Controller('dispatch')
export class SchedulesController {
  constructor(private readonly rpc: RpcClient) {}

  @Post('schedules')
  @ApiAuth(...PLANS_ROUNDS)
  @ApiOperation({
    summary: 'Create a recurring job: a cron expression in hospital time and the job each occurrence books',
    description:
      'The floor. `cron` has five fields read in the hospital’s time zone (`0 6 * * *` daily at 06:00, `0 6 * * 1-5` ' +
      'weekdays, `0 9 * * 1` Mondays), at most every 15 minutes. Each occurrence inside the look-ahead ' +
      '(SCHEDULE_LOOKAHEAD_HOURS, 24 h by default) is booked as a SCHEDULED job with `scheduledFor` at that time — on ' +
      'creation already — and enters the queue at its lead time like any booking; on a holiday of the hospital ' +
      'calendar it is skipped unless `holidays` is RUN. The template is checked by the same rules as POST ' +
      '/dispatch/tasks (a field it breaks is named `template.<field>`).',
  })
  @ApiCreatedResponse({ type: ScheduleDto, description: 'The schedule, ACTIVE, with its next occurrence not booked yet' })
  create(@Body() dto: CreateScheduleDto, @CurrentActor() actor: Actor): Promise<ScheduleDto> {
    return this.rpc.send(SchedulePatterns.create, actor, dto);
  }

  @Get('schedules')
  @ApiAuth(...READS_ROUNDS)
  @ApiOperation({ summary: 'List recurring jobs, newest first', description: 'The floor, supervisors and inspectors. Keyset-paged; `status` filters.' })
  @ApiOkResponse({ type: SchedulePageDto, description: 'One page of schedules' })
  list(@Query() query: ListSchedulesQueryDto, @CurrentActor() actor: Actor): Promise<SchedulePageDto> {
    return this.rpc.send(SchedulePatterns.list, actor, query);
  }

  @Get('schedules/:id')
  @ApiAuth(...READS_ROUNDS)
  @ApiOperation({ summary: 'Get a recurring job', description: 'The floor, supervisors and inspectors.' })
  @ApiOkResponse({ type: ScheduleDto, description: 'The schedule' })
  get(@Param() params: ScheduleIdDto, @CurrentActor() actor: Actor): Promise<ScheduleDto> {
    return this.rpc.send(SchedulePatterns.get, actor, params);
  }

  @Patch('schedules/:id')
  @ApiAuth(...PLANS_ROUNDS)
  @ApiOperation({
    summary: 'Change a recurring job from its next occurrence on',
    description:
      'The floor. Only the fields sent change. Occurrences booked but still SCHEDULED are withdrawn (cancelled, with ' +
      'the reason on their timeline) and booked again under the new rules; those already in the queue stay. An ' +
      'ENDED schedule is 409.',
  })
  @ApiOkResponse({ type: ScheduleDto, description: 'The schedule as changed' })
  @ApiConflictResponse({ type: ProblemDto, description: 'The schedule has ended (INVALID_TRANSITION)' })
  edit(@Param() { id }: ScheduleIdDto, @Body() body: EditScheduleBodyDto, @CurrentActor() actor: Actor): Promise<ScheduleDto> {
    return this.rpc.send(SchedulePatterns.edit, actor, { id, ...body });
  }

  @Post('schedules/:id/pause')
  @HttpCode(HttpStatus.OK)
  @ApiAuth(...PLANS_ROUNDS)
  @ApiOperation({ summary: 'Pause a recurring job', description: 'The floor. ACTIVE → PAUSED; occurrences booked but not released are withdrawn.' })
  @ApiOkResponse({ type: ScheduleDto, description: 'The schedule, PAUSED' })
  @ApiConflictResponse({ type: ProblemDto, description: NOT_NOW })
  pause(@Param() { id }: ScheduleIdDto, @CurrentActor() actor: Actor): Promise<ScheduleDto> {
    return this.rpc.send(SchedulePatterns.pause, actor, { id });
  }

  @Post('schedules/:id/resume')
  @HttpCode(HttpStatus.OK)
  @ApiAuth(...PLANS_ROUNDS)
  @ApiOperation({ summary: 'Resume a paused recurring job', description: 'The floor. PAUSED → ACTIVE from the next occurrence after now; none is made up for the pause.' })
  @ApiOkResponse({ type: ScheduleDto, description: 'The schedule, ACTIVE' })
  @ApiConflictResponse({ type: ProblemDto, description: NOT_NOW })
  resume(@Param() { id }: ScheduleIdDto, @CurrentActor() actor: Actor): Promise<ScheduleDto> {
    return this.rpc.send(SchedulePatterns.resume, actor, { id });
  }

  @Post('schedules/:id/end')
  @HttpCode(HttpStatus.OK)
  @ApiAuth(...PLANS_ROUNDS)
  @ApiOperation({ summary: 'End a recurring job for good', description: 'The floor. ACTIVE or PAUSED → ENDED; occurrences booked but not released are withdrawn; its history stays.' })
  @ApiOkResponse({ type: ScheduleDto, description: 'The schedule, ENDED' })
  @ApiConflictResponse({ type: ProblemDto, description: NOT_NOW })
  end(@Param() { id }: ScheduleIdDto, @CurrentActor() actor: Actor): Promise<ScheduleDto> {
    return this.rpc.send(SchedulePatterns.end, actor, { id });
  }

  @Get('schedules/:id/occurrences')
  @ApiAuth(...READS_ROUNDS)
  @ApiOperation({
    summary: 'A recurring job’s occurrences with the jobs they booked, and the next ones to come',
    description:
      'The floor, supervisors and inspectors. Newest first, keyset-paged: each occurrence’s time, its outcome (booked, ' +
      'skipped for a holiday, withdrawn by a change) and its job’s number and status now; `upcoming` lists the next ' +
      'occurrences not booked yet.',
  })
  @ApiOkResponse({ type: ScheduleOccurrencePageDto, description: 'One page of occurrences, and the upcoming ones' })
  occurrences(@Param() { id }: ScheduleIdDto, @Query() page: PageQueryDto, @CurrentActor() actor: Actor): Promise<ScheduleOccurrencePageDto> {
    return this.rpc.send(SchedulePatterns.occurrences, actor, { id, ...page });
  }

  @Get('calendar/holidays')
  @ApiAuth(...PLANS_ROUNDS, Role.Supervisor, Role.Inspector)
  @ApiOperation({ summary: 'The hospital calendar’s holidays of a year', description: 'Who plans or reads rounds. In date order.' })
  @ApiOkResponse({ type: HolidayListDto, description: 'The year’s holidays' })
  holidays(@Query() query: ListHolidaysQueryDto, @CurrentActor() actor: Actor): Promise<HolidayListDto> {
    return this.rpc.send(CalendarPatterns.listHolidays, actor, query);
  }

  @Put('calendar/holidays/:day')
  @ApiAuth(...KEEPS_CALENDAR)
  @ApiOperation({
    summary: 'Make a day a holiday of the hospital calendar (or rename it)',
    description:
      'Admins and managers. Schedules that skip holidays book nothing on it from now on; occurrences already booked ' +
      'for it are the floor’s to cancel. Idempotent.',
  })
  @ApiOkResponse({ type: HolidayDto, description: 'The holiday' })
  putHoliday(@Param() { day }: HolidayDayDto, @Body() body: PutHolidayBodyDto, @CurrentActor() actor: Actor): Promise<HolidayDto> {
    return this.rpc.send(CalendarPatterns.putHoliday, actor, { day, ...body });
  }

  @Delete('calendar/holidays/:day')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiAuth(...KEEPS_CALENDAR)
  @ApiOperation({ summary: 'Make a day an ordinary day again', description: 'Admins and managers. Removing a day that is not a holiday is fine.' })
  @ApiNoContentResponse({ description: 'The day is an ordinary day' })
  async removeHoliday(@Param() { day }: HolidayDayDto, @CurrentActor() actor: Actor): Promise<void> {
    await this.rpc.send(CalendarPatterns.removeHoliday, actor, { day });
  }
}
