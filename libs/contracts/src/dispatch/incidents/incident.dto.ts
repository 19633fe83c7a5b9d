import { ApiProperty, IntersectionType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayUnique, IsArray, IsEnum, IsOptional, IsString, IsUUID, Length } from 'class-validator';
import { IncidentKind, IncidentSeverity } from '../enums';
import { TaskIdDto } from '../tasks/task.dto';

export class ReportIncidentBodyDto {
  @ApiProperty({ enum: IncidentKind, enumName: 'IncidentKind', description: 'What went wrong' })
  @IsEnum(IncidentKind)
  kind: IncidentKind;

  @ApiProperty({ enum: IncidentSeverity, enumName: 'IncidentSeverity', description: 'How bad it is' })
  @IsEnum(IncidentSeverity)
  severity: IncidentSeverity;

  @ApiProperty({ description: 'What happened, truthfully and in full', minLength: 1, maxLength: 2000 })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @Length(1, 2000)
  description: string;

  @ApiProperty({
    type: String,
    format: 'uuid',
    isArray: true,
    required: false,
    description: "Staff involved; defaults to the task's assignee",
  })
  @IsOptional()
  @IsArray()
  @IsUUID('all', { each: true })
  @ArrayUnique()
  @ArrayMaxSize(20)
  staffIds?: string[];
}

export class ReportIncidentRequestDto extends IntersectionType(TaskIdDto, ReportIncidentBodyDto) {}

export class IncidentDto {
  @ApiProperty({ format: 'uuid', description: 'Incident id' }) id: string;
  @ApiProperty({ format: 'uuid', description: 'The task it happened on' }) taskId: string;
  @ApiProperty({ description: 'The task number', example: 'T20261123-0001' }) taskNumber: string;
  @ApiProperty({ enum: IncidentKind, enumName: 'IncidentKind', description: 'What went wrong' }) kind: IncidentKind;
  @ApiProperty({ enum: IncidentSeverity, enumName: 'IncidentSeverity', description: 'How bad it is' }) severity: IncidentSeverity;
  @ApiProperty({ description: 'What happened' }) description: string;
  @ApiProperty({ type: String, format: 'uuid', isArray: true, description: 'Staff involved' }) staffIds: string[];
  @ApiProperty({ description: 'Who reported it (user or API key id)' }) reportedBy: string;
  @ApiProperty({ format: 'date-time', description: 'When it was reported' }) reportedAt: string;
}

export class IncidentListDto {
  @ApiProperty({ type: IncidentDto, isArray: true, description: 'Incidents on the task, oldest first' }) items: IncidentDto[];
}
