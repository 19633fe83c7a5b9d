import { ApiProperty, ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayUnique, IsArray, IsEnum, IsOptional, IsString, IsUUID, Length } from 'class-validator';
import { trimString } from '../../common/transforms';
import { PageOf, PageQueryDto } from '../../common/pagination';
import { Group, IncidentKind, IncidentSeverity } from '../enums';
import { TaskIdDto } from '../tasks/task.dto';

/**
 * Where an incident stands (docs/domain.md §3.9). A report by the floor (dispatcher, supervisor,
 * manager, admin), or a worker's report naming only themselves, is CONFIRMED at once; a worker's
 * report naming anyone else is PENDING until the floor confirms or dismisses it. Only a CONFIRMED
 * incident counts in evaluation.
 */
export enum IncidentStatus {
  Pending = 'PENDING',
  Confirmed = 'CONFIRMED',
  Dismissed = 'DISMISSED',
}

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

export class IncidentIdDto {
  @ApiProperty({ format: 'uuid', description: 'Incident id', example: '3f2b8c1e-6d4a-4e8b-9a71-2c5d0e9f4b13' })
  @IsUUID()
  id: string;
}

export class ListIncidentsQueryDto {
  @ApiPropertyOptional({ enum: IncidentStatus, enumName: 'IncidentStatus', description: 'Only incidents in this status', example: IncidentStatus.Pending })
  @IsOptional()
  @IsEnum(IncidentStatus)
  status?: IncidentStatus;
}

export class ListTaskIncidentsRequestDto extends IntersectionType(TaskIdDto, ListIncidentsQueryDto) {}

/** The center's incidents, newest first: with `status=PENDING`, the queue a dispatcher or supervisor decides. */
export class IncidentQueryDto extends IntersectionType(PageQueryDto, ListIncidentsQueryDto) {
  @ApiPropertyOptional({ enum: Group, enumName: 'Group', description: 'Only incidents on jobs of this group', example: Group.InternalMedicine })
  @IsOptional()
  @IsEnum(Group)
  group?: Group;
}

export class ConfirmIncidentBodyDto {
  @ApiPropertyOptional({ description: 'What the confirmer checked (kept on the incident)', minLength: 1, maxLength: 500, example: '已与检验科核实，标本管破裂属实' })
  @IsOptional()
  @Transform(trimString)
  @IsString()
  @Length(1, 500)
  note?: string;
}

export class DismissIncidentBodyDto {
  @ApiProperty({ description: 'Why the report does not stand (kept on the incident)', minLength: 1, maxLength: 500, example: '监控显示标本交接时完好，非该员工责任' })
  @Transform(trimString)
  @IsString()
  @Length(1, 500)
  reason: string;
}

export class ConfirmIncidentRequestDto extends IntersectionType(IncidentIdDto, ConfirmIncidentBodyDto) {}
export class DismissIncidentRequestDto extends IntersectionType(IncidentIdDto, DismissIncidentBodyDto) {}

export class IncidentDto {
  @ApiProperty({ format: 'uuid', description: 'Incident id' }) id: string;
  @ApiProperty({ format: 'uuid', description: 'The task it happened on' }) taskId: string;
  @ApiProperty({ description: 'The task number', example: 'T20261123-0001' }) taskNumber: string;
  @ApiProperty({ enum: IncidentKind, enumName: 'IncidentKind', description: 'What went wrong' }) kind: IncidentKind;
  @ApiProperty({ enum: IncidentSeverity, enumName: 'IncidentSeverity', description: 'How bad it is' }) severity: IncidentSeverity;
  @ApiProperty({ description: 'What happened' }) description: string;
  @ApiProperty({ type: String, format: 'uuid', isArray: true, description: 'Staff involved' }) staffIds: string[];
  @ApiProperty({
    enum: IncidentStatus,
    enumName: 'IncidentStatus',
    description: 'CONFIRMED counts in evaluation; PENDING waits for the floor to confirm or dismiss it; DISMISSED never counts',
    example: IncidentStatus.Confirmed,
  })
  status: IncidentStatus;
  @ApiProperty({ description: 'Who reported it (user or API key id)' }) reportedBy: string;
  @ApiProperty({
    type: String,
    nullable: true,
    format: 'uuid',
    description: "The reporter's staff member; null for a system or an account not linked to staff",
    example: '9b1c2d3e-4f5a-4b6c-8d7e-0f1a2b3c4d5e',
  })
  reportedByStaffId: string | null;
  @ApiProperty({ format: 'date-time', description: 'When it was reported' }) reportedAt: string;
  @ApiProperty({ type: String, nullable: true, description: 'Who confirmed or dismissed it (user id); null while PENDING, and for one CONFIRMED when reported', example: 'b7e4a0c2-1d3f-4e5a-9b6c-7d8e9f0a1b2c' })
  reviewedBy: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'date-time', description: 'When it was confirmed or dismissed', example: '2026-11-23T09:30:00.000Z' })
  reviewedAt: string | null;
  @ApiProperty({ type: String, nullable: true, description: "The dismissal's reason, or the confirmer's note", example: '监控显示标本交接时完好，非该员工责任' })
  reviewNote: string | null;
}

export class IncidentListDto {
  @ApiProperty({ type: IncidentDto, isArray: true, description: 'Incidents on the task, oldest first' }) items: IncidentDto[];
}

export class IncidentPageDto extends PageOf(IncidentDto) {}
