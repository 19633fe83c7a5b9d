import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { TasksModule } from '../tasks/tasks.module';
import { CalendarService } from './calendar.service';
import { HolidayEntity } from './holiday.entity';
import { ScheduleBooking } from './schedule-booking';
import { ScheduleOccurrenceEntity } from './schedule-occurrence.entity';
import { ScheduleSweep } from './schedule-sweep';
import { TaskScheduleEntity } from './schedule.entity';
import { SchedulesHandlers } from './schedules.handlers';
import { SchedulesService } from './schedules.service';

/** Recurring jobs and the hospital calendar they follow. */
@Module({
  imports: [TypeOrmModule.forFeature([TaskScheduleEntity, ScheduleOccurrenceEntity, HolidayEntity]), TasksModule],
  controllers: [SchedulesHandlers],
  providers: [SchedulesService, ScheduleBooking, ScheduleSweep, CalendarService],
})
export class SchedulesModule {}
