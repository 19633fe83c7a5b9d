import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEnum, IsOptional } from 'class-validator';
import { PeriodQueryDto, VetoDto } from './ledger.dto';

export enum ScoreGrouping {
  Staff = 'staff',
  Department = 'department',
}

export class ScoresQueryDto extends PeriodQueryDto {
  @ApiPropertyOptional({ enum: ScoreGrouping, enumName: 'ScoreGrouping', default: ScoreGrouping.Staff, description: 'Rank staff members or departments (groups)' })
  @IsOptional()
  @IsEnum(ScoreGrouping)
  groupBy?: ScoreGrouping;
}

export class ScoreRowDto {
  @ApiProperty({ type: 'integer', description: 'Rank, 1 = best; ties broken by fewer negative entries, then staff number (departments: name)' }) rank: number;
  @ApiProperty({ description: 'Staff id, or the department (group) name' }) id: string;
  @ApiProperty({ type: String, nullable: true, description: 'Staff number (null for a department)' }) staffNo: string | null;
  @ApiProperty({ description: 'Staff name, or the department name' }) name: string;
  @ApiProperty({ description: 'Department (group)' }) department: string;
  @ApiProperty({ description: 'Base points (departments: mean of their staff’s)' }) base: number;
  @ApiProperty({ description: 'Sum of the ledger entries (departments: mean)' }) points: number;
  @ApiProperty({ description: 'Survey bonus (departments: mean)' }) surveyBonus: number;
  @ApiProperty({ description: 'base + points + surveyBonus (departments: mean of their staff’s totals, 2 decimals)' }) total: number;
  @ApiProperty({ type: 'integer', description: 'Entries with negative points (the first tie-breaker)' }) negativeEntries: number;
  @ApiProperty({ type: Number, nullable: true, description: 'Departments: mean peer-review score received (shown, not added)' }) peerReviewMean: number | null;
  @ApiProperty({ description: 'Vetoed from the period’s awards (一票否决)' }) vetoed: boolean;
  @ApiProperty({ type: VetoDto, isArray: true, description: 'Why, with the sources' }) vetoes: VetoDto[];
}

export class ScoresDto {
  @ApiProperty({ description: 'Period' }) period: string;
  @ApiProperty({ enum: ScoreGrouping, enumName: 'ScoreGrouping', description: 'Grouping' }) groupBy: ScoreGrouping;
  @ApiProperty({ type: ScoreRowDto, isArray: true, description: 'Ranked, total descending' }) items: ScoreRowDto[];
}
