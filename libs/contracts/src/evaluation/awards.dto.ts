import { ApiProperty } from '@nestjs/swagger';
import { Matches } from 'class-validator';
import { EVALUATION_PERIOD, EVALUATION_QUARTER } from './period';

export class QuarterParamDto {
  @ApiProperty({ description: 'A quarter, in the hospital time zone', example: '2026Q4' })
  @Matches(EVALUATION_QUARTER, { message: 'period must be a quarter such as 2026Q4' })
  period: string;
}

export class PeriodParamDto {
  @ApiProperty({ description: 'A quarter (2026Q4) or a month (2026-11)', example: '2026Q4' })
  @Matches(EVALUATION_PERIOD, { message: 'period must be a quarter such as 2026Q4 or a month such as 2026-11' })
  period: string;
}

export enum AwardKind {
  /** 星级标兵 (star staff): the top 10 staff not vetoed. */
  StarStaff = 'STAR_STAFF',
  /** 优秀集体 (excellent team): the top 2 departments not vetoed. */
  ExcellentTeam = 'EXCELLENT_TEAM',
  /** 监督检查奖 (supervision award): the inspector with the most upheld findings. */
  Supervision = 'SUPERVISION',
}

export class AwardDto {
  @ApiProperty({ enum: AwardKind, enumName: 'AwardKind', description: 'Which award' }) kind: AwardKind;
  @ApiProperty({ type: 'integer', description: 'Place within the award, 1 = first' }) rank: number;
  @ApiProperty({ description: 'Staff id, department (group), or inspector user id' }) subjectId: string;
  @ApiProperty({ description: 'Staff name, department, or inspector user id' }) name: string;
  @ApiProperty({ description: 'Total score (staff, department), or upheld findings (supervision)' }) score: number;
  @ApiProperty({ type: 'integer', description: 'Award amount in fen' }) amountFen: number;
}

export class PeriodAwardsDto {
  @ApiProperty({ description: 'The quarter' }) period: string;
  @ApiProperty({ format: 'date-time', description: 'When the awards were computed and the quarter frozen' }) frozenAt: string;
  @ApiProperty({ description: 'Who froze it (user id)' }) frozenBy: string;
  @ApiProperty({ type: AwardDto, isArray: true, description: 'Star staff, by rank' }) starStaff: AwardDto[];
  @ApiProperty({ type: AwardDto, isArray: true, description: 'Excellent teams, by rank' }) excellentTeams: AwardDto[];
  @ApiProperty({ type: AwardDto, nullable: true, description: 'The supervision award; null when nobody inspected' }) supervision: AwardDto | null;
}
