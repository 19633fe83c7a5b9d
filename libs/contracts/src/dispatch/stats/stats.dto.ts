import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEnum, IsISO8601, IsOptional, Matches } from 'class-validator';

/** What the KPI rows are broken down by. `worker` groups by the task's assignee (staff id). */
export enum StatsGroupBy {
  Type = 'type',
  Group = 'group',
  Worker = 'worker',
  Priority = 'priority',
}

/** An ISO 8601 date-time that names its offset (`Z` or `±hh:mm`), so the range never depends on a server's time zone. */
const WITH_OFFSET = /T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;

/**
 * The range is half-open, [from, to), on the task's creation time. The service also checks that
 * `to` is after `from` and the range is at most 366 days (VALIDATION_FAILED on `to`).
 */
export class StatsQueryDto {
  @ApiProperty({
    format: 'date-time',
    description: 'Start of the range (inclusive), on the task creation time; ISO 8601 with offset (encode `+` as `%2B` in a URL)',
    example: '2026-11-01T00:00:00+08:00',
  })
  @IsISO8601({ strict: true })
  @Matches(WITH_OFFSET, { message: 'from must be an ISO 8601 date-time with an offset (Z or ±hh:mm)' })
  from: string;

  @ApiProperty({
    format: 'date-time',
    description: 'End of the range (exclusive), after `from` and at most 366 days later; ISO 8601 with offset',
    example: '2026-12-01T00:00:00+08:00',
  })
  @IsISO8601({ strict: true })
  @Matches(WITH_OFFSET, { message: 'to must be an ISO 8601 date-time with an offset (Z or ±hh:mm)' })
  to: string;

  @ApiPropertyOptional({ enum: StatsGroupBy, enumName: 'StatsGroupBy', description: 'Break the figures down by this; without it only the total is given' })
  @IsOptional()
  @IsEnum(StatsGroupBy)
  groupBy?: StatsGroupBy;
}

/** The KPIs of one group of tasks (or of all of them). Times are whole seconds; percents 0-100 with one decimal. */
export class StatsRowDto {
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'The group value (task type, group, priority or assignee staff id); null on the total, and on the worker row of tasks never assigned',
  })
  key: string | null;

  @ApiProperty({ type: 'integer', description: 'Tasks that entered the queue in the range (registered, or a booking released; any status)', example: 120 })
  count: number;

  @ApiProperty({ type: 'integer', description: 'Of those, how many are COMPLETED', example: 100 })
  completed: number;

  @ApiProperty({ type: 'integer', description: 'Of those, how many are CANCELLED', example: 4 })
  cancelled: number;

  @ApiProperty({ type: 'integer', nullable: true, description: 'Median response time in seconds: queue entry to the first ACCEPTED step; null when none was accepted' })
  responseMedianSeconds: number | null;

  @ApiProperty({ type: 'integer', nullable: true, description: '90th percentile of the response time in seconds (continuous percentile)' })
  responseP90Seconds: number | null;

  @ApiProperty({ type: 'integer', nullable: true, description: 'Median turnaround in seconds: queue entry to completion, over completed tasks; null when none' })
  turnaroundMedianSeconds: number | null;

  @ApiProperty({ type: 'integer', nullable: true, description: '90th percentile of the turnaround in seconds (continuous percentile)' })
  turnaroundP90Seconds: number | null;

  @ApiProperty({ type: Number, nullable: true, description: 'Completed on time (completedAt <= dueAt) ÷ completed, in percent with one decimal; null when none completed', example: 92.5 })
  onTimePercent: number | null;

  @ApiProperty({ type: Number, nullable: true, description: 'Completed without any incident ÷ completed, in percent with one decimal; null when none completed', example: 99.1 })
  accuracyPercent: number | null;
}

export class StatsDto {
  @ApiProperty({ format: 'date-time', description: 'Start of the range (inclusive), in UTC' })
  from: string;

  @ApiProperty({ format: 'date-time', description: 'End of the range (exclusive), in UTC' })
  to: string;

  @ApiProperty({ enum: StatsGroupBy, enumName: 'StatsGroupBy', nullable: true, description: 'What the rows are broken down by; null when not broken down' })
  groupBy: StatsGroupBy | null;

  @ApiProperty({ type: [StatsRowDto], description: 'One row per group value, ordered by key (null last); empty without groupBy' })
  rows: StatsRowDto[];

  @ApiProperty({ type: StatsRowDto, description: 'All tasks in the range (key null)' })
  total: StatsRowDto;
}
