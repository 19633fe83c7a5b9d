import { ApiProperty, ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsDefined, IsEnum, IsOptional, IsString, IsUUID, Length, Matches, ValidateNested } from 'class-validator';
import { PageOf, PageQueryDto } from '../../common/pagination';
import { trimString } from '../../common/transforms';
import { TaskStatus } from '../enums';
import { CreateTaskDto } from '../tasks/task.dto';

/** What an occurrence on a hospital holiday does. */
export enum HolidayPolicy {
  /** No job that day (the linen round on the Spring Festival). */
  Skip = 'SKIP',
  /** The job as on any other day (the morning specimen round: wards draw blood every day). */
  Run = 'RUN',
}

export enum ScheduleStatus {
  Active = 'ACTIVE',
  /** No occurrences until resumed; occurrences booked but not yet released were withdrawn. */
  Paused = 'PAUSED',
  /** For good: no occurrences any more. */
  Ended = 'ENDED',
}

export enum OccurrenceOutcome {
  /** A job was booked for it (see the job's own status). */
  Booked = 'BOOKED',
  /** A hospital holiday, and the schedule skips holidays. */
  SkippedHoliday = 'SKIPPED_HOLIDAY',
  /** Booked, then withdrawn before its release because the schedule was edited, paused or ended. */
  Withdrawn = 'WITHDRAWN',
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

const cronProperty = () =>
  ApiProperty({
    description:
      'When the job is wanted, as a 5-field cron expression (minute hour day-of-month month day-of-week) in hospital ' +
      'time: `0 6 * * *` every day at 06:00, `0 6 * * 1-5` weekdays, `30 9 * * 1` Mondays at 09:30. Each occurrence ' +
      'is booked like a job with `scheduledFor` and enters the queue at its lead time.',
    example: '0 6 * * *',
    minLength: 9,
    maxLength: 100,
  });

export class CreateScheduleDto {
  @ApiProperty({ description: 'What the round is called on the floor', example: '5病区晨标', minLength: 1, maxLength: 60 })
  @Transform(trimString)
  @IsString()
  @Length(1, 60)
  name: string;

  @cronProperty()
  @IsString()
  @Length(9, 100)
  cron: string;

  @ApiPropertyOptional({ enum: HolidayPolicy, enumName: 'HolidayPolicy', description: 'On a day of the hospital calendar’s holidays: skip it, or run as usual', default: HolidayPolicy.Skip })
  @IsOptional()
  @IsEnum(HolidayPolicy)
  holidays?: HolidayPolicy;

  @ApiPropertyOptional({ format: 'date', description: 'First hospital day of occurrences (default: today)', example: '2026-12-07' })
  @IsOptional()
  @Matches(DAY, { message: 'startsOn must be a date like 2026-12-07' })
  startsOn?: string;

  @ApiPropertyOptional({ format: 'date', description: 'Last hospital day of occurrences; none means until ended', example: '2027-06-30' })
  @IsOptional()
  @Matches(DAY, { message: 'endsOn must be a date like 2027-06-30' })
  endsOn?: string;

  @ApiProperty({ type: CreateTaskDto, description: 'The job each occurrence books, as POST /dispatch/tasks takes it, without `scheduledFor` (each occurrence sets it)' })
  @IsDefined()
  @ValidateNested()
  @Type(() => CreateTaskDto)
  template: CreateTaskDto;
}

/** Changes from the next occurrence on: occurrences booked but not yet released are withdrawn and booked again. */
export class EditScheduleBodyDto {
  @ApiPropertyOptional({ description: 'New name', minLength: 1, maxLength: 60 })
  @IsOptional()
  @Transform(trimString)
  @IsString()
  @Length(1, 60)
  name?: string;

  @ApiPropertyOptional({ description: 'New cron expression in hospital time (see CreateScheduleDto)', example: '0 7 * * 1-5', minLength: 9, maxLength: 100 })
  @IsOptional()
  @IsString()
  @Length(9, 100)
  cron?: string;

  @ApiPropertyOptional({ enum: HolidayPolicy, enumName: 'HolidayPolicy', description: 'New holiday policy' })
  @IsOptional()
  @IsEnum(HolidayPolicy)
  holidays?: HolidayPolicy;

  @ApiPropertyOptional({ format: 'date', description: 'New last day', example: '2027-06-30' })
  @IsOptional()
  @Matches(DAY, { message: 'endsOn must be a date like 2027-06-30' })
  endsOn?: string;

  @ApiPropertyOptional({ type: CreateTaskDto, description: 'New job template (the whole job, without `scheduledFor`)' })
  @IsOptional()
  @ValidateNested()
  @Type(() => CreateTaskDto)
  template?: CreateTaskDto;
}

export class ScheduleIdDto {
  @ApiProperty({ format: 'uuid', description: 'Schedule id' })
  @IsUUID()
  id: string;
}

export class EditScheduleRequestDto extends IntersectionType(ScheduleIdDto, EditScheduleBodyDto) {}

export class ListSchedulesQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: ScheduleStatus, enumName: 'ScheduleStatus', description: 'Only schedules in this status' })
  @IsOptional()
  @IsEnum(ScheduleStatus)
  status?: ScheduleStatus;
}

export class ScheduleDto {
  @ApiProperty({ format: 'uuid', description: 'Schedule id' }) id: string;
  @ApiProperty({ description: 'Name', example: '5病区晨标' }) name: string;
  @ApiProperty({ description: 'Cron expression in hospital time', example: '0 6 * * *' }) cron: string;
  @ApiProperty({ description: 'The hospital’s time zone the expression is read in', example: 'Asia/Shanghai' }) timeZone: string;
  @ApiProperty({ enum: HolidayPolicy, enumName: 'HolidayPolicy', description: 'What an occurrence on a holiday does' }) holidays: HolidayPolicy;
  @ApiProperty({ enum: ScheduleStatus, enumName: 'ScheduleStatus', description: 'Active, paused or ended' }) status: ScheduleStatus;
  @ApiProperty({ format: 'date', description: 'First hospital day', example: '2026-12-07' }) startsOn: string;
  @ApiProperty({ type: String, nullable: true, format: 'date', description: 'Last hospital day; null: until ended' }) endsOn: string | null;
  @ApiProperty({ type: CreateTaskDto, description: 'The job each occurrence books' }) template: CreateTaskDto;
  @ApiProperty({ type: String, nullable: true, format: 'date-time', description: 'The next occurrence not booked yet; null when paused, ended or past its last day' })
  nextOccurrenceAt: string | null;
  @ApiProperty({ description: 'Who created it (user or API key system id); its jobs are raised in that name' }) createdBy: string;
  @ApiProperty({ type: 'integer', description: 'Increments on every change', example: 1 }) version: number;
  @ApiProperty({ format: 'date-time', description: 'When it was created' }) createdAt: string;
  @ApiProperty({ format: 'date-time', description: 'Last change' }) updatedAt: string;
}

export class SchedulePageDto extends PageOf(ScheduleDto) {}

export class ScheduleOccurrenceDto {
  @ApiProperty({ format: 'uuid', description: 'Occurrence id' }) id: string;
  @ApiProperty({ format: 'date-time', description: 'The time the job was wanted (its `scheduledFor`)' }) occursAt: string;
  @ApiProperty({ enum: OccurrenceOutcome, enumName: 'OccurrenceOutcome', description: 'Booked, skipped for a holiday, or withdrawn by a change of the schedule' })
  outcome: OccurrenceOutcome;
  @ApiProperty({ type: String, nullable: true, format: 'uuid', description: 'The job it booked; null when skipped' }) taskId: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'The job’s number', example: 'T20261207-0003' }) taskNumber: string | null;
  @ApiProperty({ enum: TaskStatus, enumName: 'TaskStatus', nullable: true, description: 'Where the job stands now; null when skipped' }) taskStatus: TaskStatus | null;
  @ApiProperty({ format: 'date-time', description: 'When the occurrence was booked or skipped' }) createdAt: string;
}

export class ScheduleOccurrencePageDto extends PageOf(ScheduleOccurrenceDto) {
  @ApiProperty({ type: String, format: 'date-time', isArray: true, description: 'The next occurrences not booked yet (up to 5), holidays already left out when skipped' })
  upcoming: string[];
}

export class ScheduleOccurrencesQueryDto extends IntersectionType(ScheduleIdDto, PageQueryDto) {}

export class HolidayDto {
  @ApiProperty({ format: 'date', description: 'The hospital day', example: '2027-02-06' }) day: string;
  @ApiProperty({ description: 'Which holiday', example: '春节' }) name: string;
}

export class HolidayDayDto {
  @ApiProperty({ format: 'date', description: 'The hospital day', example: '2027-02-06' })
  @Matches(DAY, { message: 'day must be a date like 2027-02-06' })
  day: string;
}

export class PutHolidayBodyDto {
  @ApiProperty({ description: 'Which holiday', example: '春节', minLength: 1, maxLength: 40 })
  @Transform(trimString)
  @IsString()
  @Length(1, 40)
  name: string;
}

export class PutHolidayRequestDto extends IntersectionType(HolidayDayDto, PutHolidayBodyDto) {}

export class ListHolidaysQueryDto {
  @ApiProperty({ description: 'The year', example: '2027', pattern: '^\\d{4}$' })
  @Matches(/^\d{4}$/, { message: 'year must be four digits, like 2027' })
  year: string;
}

export class HolidayListDto {
  @ApiProperty({ type: HolidayDto, isArray: true, description: 'The year’s holidays, in date order' }) items: HolidayDto[];
}
