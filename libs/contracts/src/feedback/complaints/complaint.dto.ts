import { ApiProperty, ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsEnum,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { PageOf, PageQueryDto } from '../../common/pagination';
import { ComplaintCategory, ComplaintDeadline, ComplaintSeverity, ComplaintStatus, ComplaintTimelineAction, FeedbackChannel } from '../enums';
import { trimString } from '../../common/transforms';

export class ComplainantDto {
  @ApiPropertyOptional({ description: 'Name of the complainant; omit to stay anonymous', maxLength: 50 })
  @IsOptional()
  @Transform(trimString)
  @IsString()
  @Length(1, 50)
  name?: string;

  @ApiPropertyOptional({ description: 'Contact phone for the reply', example: '13812341234' })
  @IsOptional()
  @Transform(trimString)
  @Matches(/^\+?[0-9][0-9-]{4,19}$/, { message: 'phone must be 5-20 digits or dashes' })
  phone?: string;
}

export class CreateComplaintDto {
  @ApiProperty({ enum: FeedbackChannel, enumName: 'FeedbackChannel', description: 'How the complaint reached the center' })
  @IsEnum(FeedbackChannel)
  channel: FeedbackChannel;

  @ApiPropertyOptional({ type: ComplainantDto, description: 'Who complains; omit for an anonymous complaint' })
  @IsOptional()
  @ValidateNested()
  @Type(() => ComplainantDto)
  complainant?: ComplainantDto;

  @ApiPropertyOptional({ description: 'The department complained about (department and/or staffId is required)', maxLength: 50 })
  @ValidateIf((o: CreateComplaintDto) => o.department !== undefined || o.staffId === undefined)
  @Transform(trimString)
  @IsString()
  @Length(1, 50)
  department?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'The staff member complained about (dispatch staff id)' })
  @IsOptional()
  @IsUUID()
  staffId?: string;

  @ApiProperty({ enum: ComplaintCategory, enumName: 'ComplaintCategory', description: 'What the complaint is about' })
  @IsEnum(ComplaintCategory)
  category: ComplaintCategory;

  @ApiProperty({ enum: ComplaintSeverity, enumName: 'ComplaintSeverity', description: 'How serious it is; sets the acknowledgement deadline' })
  @IsEnum(ComplaintSeverity)
  severity: ComplaintSeverity;

  @ApiProperty({ description: 'What happened, in the complainant’s words', minLength: 1, maxLength: 4000 })
  @Transform(trimString)
  @IsString()
  @Length(1, 4000)
  description: string;
}

export class ComplaintIdDto {
  @ApiProperty({ format: 'uuid', description: 'Complaint id' })
  @IsUUID()
  id: string;
}

export class NoteBodyDto {
  @ApiPropertyOptional({ description: 'A note for the timeline', maxLength: 1000 })
  @IsOptional()
  @Transform(trimString)
  @IsString()
  @Length(1, 1000)
  note?: string;
}
export class ComplaintNoteRequestDto extends IntersectionType(ComplaintIdDto, NoteBodyDto) {}

export class ReasonBodyDto {
  @ApiProperty({ description: 'Why', minLength: 1, maxLength: 1000 })
  @Transform(trimString)
  @IsString()
  @Length(1, 1000)
  reason: string;
}
export class ComplaintReasonRequestDto extends IntersectionType(ComplaintIdDto, ReasonBodyDto) {}

export class AssignComplaintBodyDto extends ReasonBodyDto {
  @ApiProperty({ description: 'User id of the new owner', maxLength: 64 })
  @Transform(trimString)
  @IsString()
  @Length(1, 64)
  ownerId: string;
}
export class AssignComplaintRequestDto extends IntersectionType(ComplaintIdDto, AssignComplaintBodyDto) {}

export class ResolveComplaintBodyDto {
  @ApiProperty({ description: 'Whether the complaint was found valid (substantiated)' })
  @IsBoolean()
  valid: boolean;

  @ApiProperty({ type: String, format: 'uuid', isArray: true, description: 'Staff found at fault (must be empty when not valid)' })
  @IsArray()
  @IsUUID('all', { each: true })
  @ArrayUnique()
  @ArrayMaxSize(20)
  atFaultStaffIds: string[];

  @ApiPropertyOptional({ description: 'Department found at fault', maxLength: 50 })
  @IsOptional()
  @Transform(trimString)
  @IsString()
  @Length(1, 50)
  atFaultDepartment?: string;

  @ApiProperty({ description: 'What was done so it does not happen again', minLength: 1, maxLength: 2000 })
  @Transform(trimString)
  @IsString()
  @Length(1, 2000)
  correctiveAction: string;
}
export class ResolveComplaintRequestDto extends IntersectionType(ComplaintIdDto, ResolveComplaintBodyDto) {}

export class ReplyComplaintBodyDto {
  @ApiProperty({ description: 'What the complainant was told', minLength: 1, maxLength: 2000 })
  @Transform(trimString)
  @IsString()
  @Length(1, 2000)
  message: string;

  @ApiProperty({ enum: FeedbackChannel, enumName: 'FeedbackChannel', description: 'How the reply reached them' })
  @IsEnum(FeedbackChannel)
  channel: FeedbackChannel;
}
export class ReplyComplaintRequestDto extends IntersectionType(ComplaintIdDto, ReplyComplaintBodyDto) {}

export class ListComplaintsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: ComplaintStatus, enumName: 'ComplaintStatus', description: 'Only complaints in this status' })
  @IsOptional()
  @IsEnum(ComplaintStatus)
  status?: ComplaintStatus;

  @ApiPropertyOptional({ description: 'true: only overdue complaints; false: only those not overdue', enum: ['true', 'false'] })
  @IsOptional()
  @IsIn(['true', 'false'])
  overdue?: 'true' | 'false';

  @ApiPropertyOptional({ description: 'Only complaints owned by this user id; `none` for the unowned' })
  @IsOptional()
  @IsString()
  @Length(1, 64)
  ownerId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Only complaints about this staff member' })
  @IsOptional()
  @IsUUID()
  staffId?: string;
}

export class ComplaintTimelineEntryDto {
  @ApiProperty({ enum: ComplaintTimelineAction, enumName: 'ComplaintTimelineAction', description: 'What happened' }) action: ComplaintTimelineAction;
  @ApiProperty({ enum: ComplaintStatus, enumName: 'ComplaintStatus', description: 'Status after the step' }) status: ComplaintStatus;
  @ApiProperty({ description: 'Who did it (user id, `anonymous` or `system`)' }) actorId: string;
  @ApiProperty({ type: String, nullable: true, description: 'Reason or note' }) note: string | null;
  @ApiProperty({ format: 'date-time', description: 'When' }) at: string;
}

export class ComplaintResolutionDto {
  @ApiProperty({ description: 'Found valid or not' }) valid: boolean;
  @ApiProperty({ type: String, isArray: true, description: 'Staff at fault' }) atFaultStaffIds: string[];
  @ApiProperty({ type: String, nullable: true, description: 'Department at fault' }) atFaultDepartment: string | null;
  @ApiProperty({ description: 'Corrective action' }) correctiveAction: string;
  @ApiProperty({ description: 'Who resolved it' }) resolvedBy: string;
  @ApiProperty({ format: 'date-time', description: 'When' }) resolvedAt: string;
}

export class ComplaintReplyDto {
  @ApiProperty({ description: 'What the complainant was told' }) message: string;
  @ApiProperty({ enum: FeedbackChannel, enumName: 'FeedbackChannel', description: 'By which channel' }) channel: FeedbackChannel;
  @ApiProperty({ format: 'date-time', description: 'When' }) repliedAt: string;
}

export class ComplainantViewDto {
  @ApiProperty({ type: String, nullable: true, description: 'Name (masked unless the reader owns the complaint or is a supervisor or manager)' }) name: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Phone (masked likewise)' }) phone: string | null;
}

export class ComplaintDto {
  @ApiProperty({ format: 'uuid', description: 'Complaint id' }) id: string;
  @ApiProperty({ description: 'Complaint number', example: 'C20261127-0001' }) number: string;
  @ApiProperty({ enum: ComplaintStatus, enumName: 'ComplaintStatus', description: 'Where it stands' }) status: ComplaintStatus;
  @ApiProperty({ enum: FeedbackChannel, enumName: 'FeedbackChannel', description: 'How it came in' }) channel: FeedbackChannel;
  @ApiProperty({ type: ComplainantViewDto, nullable: true, description: 'The complainant; null when anonymous' }) complainant: ComplainantViewDto | null;
  @ApiProperty({ type: String, nullable: true, description: 'Department complained about' }) department: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'uuid', description: 'Staff member complained about' }) staffId: string | null;
  @ApiProperty({ enum: ComplaintCategory, enumName: 'ComplaintCategory', description: 'Category' }) category: ComplaintCategory;
  @ApiProperty({ enum: ComplaintSeverity, enumName: 'ComplaintSeverity', description: 'Severity' }) severity: ComplaintSeverity;
  @ApiProperty({ description: 'What happened' }) description: string;
  @ApiProperty({ type: String, nullable: true, description: 'User id of the owner (首问负责制); null until someone takes an anonymous web complaint' }) ownerId: string | null;
  @ApiProperty({ description: 'Who recorded it (user id, or `anonymous`)' }) recordedBy: string;
  @ApiProperty({ format: 'date-time', description: 'When it was received' }) receivedAt: string;
  @ApiProperty({ format: 'date-time', description: 'Acknowledge by' }) acknowledgeDueAt: string;
  @ApiProperty({ format: 'date-time', description: 'Resolve by (working days, hospital time zone)' }) resolveDueAt: string;
  @ApiProperty({ description: 'A deadline passed before the step was done' }) overdue: boolean;
  @ApiProperty({ enum: ComplaintDeadline, enumName: 'ComplaintDeadline', nullable: true, description: 'Which deadline was missed' }) overdueDeadline: ComplaintDeadline | null;
  @ApiProperty({ description: 'Escalated to a manager' }) escalated: boolean;
  @ApiProperty({ type: String, nullable: true, description: 'Why it was escalated' }) escalationReason: string | null;
  @ApiProperty({ type: ComplaintResolutionDto, nullable: true, description: 'The finding, once resolved' }) resolution: ComplaintResolutionDto | null;
  @ApiProperty({ type: ComplaintReplyDto, nullable: true, description: 'The reply, once replied' }) reply: ComplaintReplyDto | null;
  @ApiProperty({ type: String, nullable: true, format: 'uuid', description: 'The follow-up call it was raised on' }) followUpId: string | null;
}

export class ComplaintWithTimelineDto extends ComplaintDto {
  @ApiProperty({ type: ComplaintTimelineEntryDto, isArray: true, description: 'Every step, oldest first' }) timeline: ComplaintTimelineEntryDto[];
}

export class ComplaintPageDto extends PageOf(ComplaintDto) {}
