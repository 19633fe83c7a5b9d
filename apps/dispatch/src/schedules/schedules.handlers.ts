import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  Actor,
  CalendarPatterns,
  CreateScheduleDto,
  EditScheduleRequestDto,
  HolidayDayDto,
  HolidayDto,
  HolidayListDto,
  ListHolidaysQueryDto,
  ListSchedulesQueryDto,
  Page,
  PutHolidayRequestDto,
  ScheduleDto,
  ScheduleIdDto,
  ScheduleOccurrencePageDto,
  ScheduleOccurrencesQueryDto,
  SchedulePatterns,
} from '@hospital/contracts';
import { CalendarService } from './calendar.service';
import { SchedulesService } from './schedules.service';

@Controller()
export class SchedulesHandlers {
  constructor(
    private readonly schedules: SchedulesService,
    private readonly calendar: CalendarService,
  ) {}

  @MessagePattern(SchedulePatterns.create)
  create(@Payload('data') dto: CreateScheduleDto, @Payload('actor') actor: Actor): Promise<ScheduleDto> {
    return this.schedules.create(dto, actor);
  }

  @MessagePattern(SchedulePatterns.get)
  get(@Payload('data') { id }: ScheduleIdDto): Promise<ScheduleDto> {
    return this.schedules.get(id);
  }

  @MessagePattern(SchedulePatterns.list)
  list(@Payload('data') query: ListSchedulesQueryDto): Promise<Page<ScheduleDto>> {
    return this.schedules.list(query);
  }

  @MessagePattern(SchedulePatterns.edit)
  edit(@Payload('data') req: EditScheduleRequestDto, @Payload('actor') actor: Actor): Promise<ScheduleDto> {
    return this.schedules.edit(req, actor);
  }

  @MessagePattern(SchedulePatterns.pause)
  pause(@Payload('data') { id }: ScheduleIdDto, @Payload('actor') actor: Actor): Promise<ScheduleDto> {
    return this.schedules.pause(id, actor);
  }

  @MessagePattern(SchedulePatterns.resume)
  resume(@Payload('data') { id }: ScheduleIdDto): Promise<ScheduleDto> {
    return this.schedules.resume(id);
  }

  @MessagePattern(SchedulePatterns.end)
  end(@Payload('data') { id }: ScheduleIdDto, @Payload('actor') actor: Actor): Promise<ScheduleDto> {
    return this.schedules.end(id, actor);
  }

  @MessagePattern(SchedulePatterns.occurrences)
  occurrences(@Payload('data') query: ScheduleOccurrencesQueryDto): Promise<ScheduleOccurrencePageDto> {
    return this.schedules.occurrences(query);
  }

  @MessagePattern(CalendarPatterns.listHolidays)
  holidays(@Payload('data') { year }: ListHolidaysQueryDto): Promise<HolidayListDto> {
    return this.calendar.list(year);
  }

  @MessagePattern(CalendarPatterns.putHoliday)
  putHoliday(@Payload('data') req: PutHolidayRequestDto, @Payload('actor') actor: Actor): Promise<HolidayDto> {
    return this.calendar.put(req, actor);
  }

  @MessagePattern(CalendarPatterns.removeHoliday)
  removeHoliday(@Payload('data') { day }: HolidayDayDto): Promise<HolidayDayDto> {
    return this.calendar.remove(day);
  }
}
