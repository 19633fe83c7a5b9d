import { ApiProperty } from '@nestjs/swagger';
import { IsUUID, Matches } from 'class-validator';
import { EVALUATION_PERIOD } from './period';

/** What a ledger entry came from; with its id, the link back to the source. */
export enum PointsSourceType {
  Incident = 'INCIDENT',
  LateTask = 'LATE_TASK',
  Complaint = 'COMPLAINT',
  Praise = 'PRAISE',
  InspectionFinding = 'INSPECTION_FINDING',
  HandoverDiscrepancy = 'HANDOVER_DISCREPANCY',
}

/** Whom an entry scores: a staff member, a department (group), or a gateway user without a staff record. */
export enum PointsSubjectKind {
  Staff = 'STAFF',
  Department = 'DEPARTMENT',
  User = 'USER',
}

export class PeriodQueryDto {
  @ApiProperty({ description: 'A quarter (2026Q4) or a month (2026-11), in the hospital time zone', example: '2026Q4' })
  @Matches(EVALUATION_PERIOD, { message: 'period must be a quarter such as 2026Q4 or a month such as 2026-11' })
  period: string;
}

export class StaffLedgerRequestDto extends PeriodQueryDto {
  @ApiProperty({ format: 'uuid', description: 'Staff id' })
  @IsUUID()
  id: string;
}

export class PointsSourceLinkDto {
  @ApiProperty({ enum: PointsSourceType, enumName: 'PointsSourceType', description: 'Kind of source' })
  type: PointsSourceType;

  @ApiProperty({ description: 'Id of the source (incident, task, complaint, praise, finding, handover)' })
  id: string;
}

export class PointsEntryDto {
  @ApiProperty({ format: 'uuid', description: 'Entry id' })
  id: string;

  @ApiProperty({ type: 'integer', description: 'Points, negative for a deduction' })
  points: number;

  @ApiProperty({ description: 'Why, in words' })
  reason: string;

  @ApiProperty({ type: PointsSourceLinkDto, description: 'The source it came from' })
  source: PointsSourceLinkDto;

  @ApiProperty({ type: 'integer', description: 'Rule version the points were taken from' })
  ruleVersion: number;

  @ApiProperty({ description: 'Whether this source vetoes the subject from the period’s awards (一票否决)' })
  veto: boolean;

  @ApiProperty({ format: 'date-time', description: 'When the source happened' })
  occurredAt: string;
}

export class VetoDto {
  @ApiProperty({ description: 'Why the subject is vetoed' })
  reason: string;

  @ApiProperty({ type: PointsSourceLinkDto, description: 'The source of the veto' })
  source: PointsSourceLinkDto;
}

export class StaffLedgerDto {
  @ApiProperty({ format: 'uuid', description: 'Staff id' })
  staffId: string;

  @ApiProperty({ description: 'The period asked for', example: '2026Q4' })
  period: string;

  @ApiProperty({ type: 'integer', description: 'Base points of the period' })
  base: number;

  @ApiProperty({ type: PointsEntryDto, isArray: true, description: 'Entries of the period, oldest first' })
  entries: PointsEntryDto[];

  @ApiProperty({ type: 'integer', description: 'Base plus the sum of the entries' })
  total: number;

  @ApiProperty({ description: 'Vetoed from the period’s awards' })
  vetoed: boolean;

  @ApiProperty({ type: VetoDto, isArray: true, description: 'Every source that vetoes them, oldest first' })
  vetoes: VetoDto[];
}
