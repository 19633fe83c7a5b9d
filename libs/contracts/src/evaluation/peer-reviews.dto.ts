import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsInt, IsString, Length, Matches, Max, Min } from 'class-validator';
import { EVALUATION_PERIOD } from './period';
import { trimString } from '../common/transforms';

/** 部门互评: one department scores another, once per period. */
export class CreatePeerReviewDto {
  @ApiProperty({ description: 'Quarter or month reviewed', example: '2026Q4' })
  @Matches(EVALUATION_PERIOD, { message: 'period must be a quarter such as 2026Q4 or a month such as 2026-11' })
  period: string;

  @ApiProperty({ description: 'The reviewing department', maxLength: 50, example: 'EMERGENCY' })
  @Transform(trimString)
  @IsString()
  @Length(1, 50)
  fromDepartment: string;

  @ApiProperty({ description: 'The department reviewed', maxLength: 50, example: 'INPATIENT' })
  @Transform(trimString)
  @IsString()
  @Length(1, 50)
  toDepartment: string;

  @ApiProperty({ type: 'integer', description: 'Score, 0–100', minimum: 0, maximum: 100, example: 90 })
  @IsInt()
  @Min(0)
  @Max(100)
  score: number;
}

export class PeerReviewDto extends CreatePeerReviewDto {
  @ApiProperty({ format: 'uuid', description: 'Review id' }) id: string;
  @ApiProperty({ description: 'Who recorded it (user id)' }) reviewerId: string;
  @ApiProperty({ format: 'date-time', description: 'When it was recorded' }) createdAt: string;
}
