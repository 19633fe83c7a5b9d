import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsInt, IsISO8601, IsOptional, IsString, IsUUID, Length, Max, Min, ValidateNested } from 'class-validator';
import { trimString } from '../common/transforms';

export class InspectionFindingInputDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'The staff member the finding is about; omit for a department-level finding' })
  @IsOptional()
  @IsUUID()
  staffId?: string;

  @ApiPropertyOptional({ description: 'The department (group) the finding is about, when no staff member is named', maxLength: 50 })
  @IsOptional()
  @Transform(trimString)
  @IsString()
  @Length(1, 50)
  department?: string;

  @ApiProperty({ description: 'What the inspector found', maxLength: 500 })
  @Transform(trimString)
  @IsString()
  @Length(1, 500)
  description: string;

  @ApiProperty({ type: 'integer', description: 'Points as recorded: negative deducts, positive rewards', minimum: -100, maximum: 100, example: -2 })
  @IsInt()
  @Min(-100)
  @Max(100)
  points: number;

  @ApiPropertyOptional({ description: 'Whether the finding stands (counts for the supervision award)', default: true })
  @IsOptional()
  @IsBoolean()
  upheld?: boolean;
}

/** 现场检查: at least 30 minutes on site, recorded with its findings. */
export class CreateInspectionDto {
  @ApiProperty({ description: 'The department inspected', maxLength: 50, example: '急诊' })
  @Transform(trimString)
  @IsString()
  @Length(1, 50)
  department: string;

  @ApiProperty({ format: 'date-time', description: 'When the inspection began' })
  @IsISO8601({ strict: true })
  startedAt: string;

  @ApiProperty({ format: 'date-time', description: 'When it ended: at least 30 minutes after startedAt' })
  @IsISO8601({ strict: true })
  endedAt: string;

  @ApiProperty({ type: InspectionFindingInputDto, isArray: true, description: 'Findings; each becomes one ledger entry' })
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => InspectionFindingInputDto)
  findings: InspectionFindingInputDto[];
}

export class InspectionFindingDto {
  @ApiProperty({ format: 'uuid', description: 'Finding id (the ledger entry’s source id)' }) id: string;
  @ApiProperty({ type: String, nullable: true, format: 'uuid', description: 'Staff member concerned' }) staffId: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Department concerned, for a department-level finding' }) department: string | null;
  @ApiProperty({ description: 'What was found' }) description: string;
  @ApiProperty({ type: 'integer', description: 'Points recorded' }) points: number;
  @ApiProperty({ description: 'Whether the finding stands' }) upheld: boolean;
}

export class InspectionDto {
  @ApiProperty({ format: 'uuid', description: 'Inspection id' }) id: string;
  @ApiProperty({ description: 'The inspector (user id)' }) inspectorId: string;
  @ApiProperty({ description: 'Department inspected' }) department: string;
  @ApiProperty({ format: 'date-time', description: 'Start' }) startedAt: string;
  @ApiProperty({ format: 'date-time', description: 'End' }) endedAt: string;
  @ApiProperty({ type: InspectionFindingDto, isArray: true, description: 'Findings' }) findings: InspectionFindingDto[];
}
