import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEnum, IsOptional, Matches } from 'class-validator';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export enum SatisfactionGroupBy {
  Department = 'department',
  Staff = 'staff',
  Channel = 'channel',
}

export enum SatisfactionPeriod {
  Week = 'week',
  Month = 'month',
}

/** Days in the hospital time zone, both included. */
export class SatisfactionQueryDto {
  @ApiProperty({ description: 'First day included (hospital time zone)', example: '2026-11-01' })
  @Matches(DAY, { message: 'from must be a day YYYY-MM-DD' })
  from: string;

  @ApiProperty({ description: 'Last day included (hospital time zone)', example: '2026-11-30' })
  @Matches(DAY, { message: 'to must be a day YYYY-MM-DD' })
  to: string;

  @ApiProperty({ enum: SatisfactionGroupBy, enumName: 'SatisfactionGroupBy', description: 'One row per department, staff member or channel' })
  @IsEnum(SatisfactionGroupBy)
  groupBy: SatisfactionGroupBy;

  @ApiPropertyOptional({ enum: SatisfactionPeriod, enumName: 'SatisfactionPeriod', description: 'Also split by ISO week (from Monday) or calendar month' })
  @IsOptional()
  @IsEnum(SatisfactionPeriod)
  period?: SatisfactionPeriod;
}

export class SatisfactionRowDto {
  @ApiProperty({ type: String, nullable: true, description: 'The department, staff id or channel; null for responses about no department/staff' })
  key: string | null;

  @ApiProperty({ type: String, nullable: true, description: 'The staff member\'s name, when grouped by staff' })
  label: string | null;

  @ApiProperty({ type: String, nullable: true, description: 'First day of the week (YYYY-MM-DD) or the month (YYYY-MM); null without period' })
  period: string | null;

  @ApiProperty({ type: 'integer', description: 'Responses counted' })
  responses: number;

  @ApiProperty({ type: Number, nullable: true, description: 'Mean of the responses\' Likert means (1–5), 2 decimals; null when none had Likert answers' })
  mean: number | null;

  @ApiProperty({ type: Number, nullable: true, description: 'CSAT %: share of responses with a Likert mean of 4 or more, among those with Likert answers; 1 decimal' })
  csat: number | null;

  @ApiProperty({ type: Number, nullable: true, description: 'NPS: % promoters (9–10) minus % detractors (0–6), among responses with an NPS answer; 1 decimal' })
  nps: number | null;
}

export class SatisfactionReportDto {
  @ApiProperty({ description: 'First day included' })
  from: string;

  @ApiProperty({ description: 'Last day included' })
  to: string;

  @ApiProperty({ enum: SatisfactionGroupBy, enumName: 'SatisfactionGroupBy', description: 'How rows are grouped' })
  groupBy: SatisfactionGroupBy;

  @ApiProperty({ enum: SatisfactionPeriod, enumName: 'SatisfactionPeriod', nullable: true, description: 'The period split, if any' })
  period: SatisfactionPeriod | null;

  @ApiProperty({ type: SatisfactionRowDto, isArray: true, description: 'Rows by period then key' })
  rows: SatisfactionRowDto[];
}
