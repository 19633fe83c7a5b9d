import { ApiProperty, ApiPropertyOptional, IntersectionType, OmitType } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsEnum, IsIn, IsISO8601, IsOptional, IsString, IsUUID, Length, Matches, ValidateNested } from 'class-validator';
import { PageOf, PageQueryDto } from '../../common/pagination';
import { ComplaintDto, CreateComplaintDto } from '../complaints/complaint.dto';
import { FeedbackChannel } from '../enums';
import { trimString } from '../../common/transforms';

export enum FollowUpStatus {
  Planned = 'PLANNED',
  /** Called but not reached; another attempt may follow. */
  Unreached = 'UNREACHED',
  Completed = 'COMPLETED',
}

export class FollowUpPatientDto {
  @ApiProperty({ description: 'Patient name', maxLength: 50 })
  @Transform(trimString)
  @IsString()
  @Length(1, 50)
  name: string;

  @ApiProperty({ description: 'Phone to call', example: '13812341234' })
  @Transform(trimString)
  @Matches(/^\+?[0-9][0-9-]{4,19}$/, { message: 'phone must be 5-20 digits or dashes' })
  phone: string;

  @ApiPropertyOptional({ description: 'Ward or department the patient was discharged from', maxLength: 50 })
  @IsOptional()
  @Transform(trimString)
  @IsString()
  @Length(1, 50)
  department?: string;
}

export class PlanFollowUpDto {
  @ApiProperty({ type: FollowUpPatientDto, description: 'Whom to call' })
  @ValidateNested()
  @Type(() => FollowUpPatientDto)
  patient: FollowUpPatientDto;

  @ApiProperty({ description: 'Day of discharge (YYYY-MM-DD)', example: '2026-11-20' })
  @IsISO8601({ strict: true })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'dischargedOn must be a date YYYY-MM-DD' })
  dischargedOn: string;

  @ApiProperty({ description: 'Day the call is due (YYYY-MM-DD, not before discharge)', example: '2026-11-27' })
  @IsISO8601({ strict: true })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'dueOn must be a date YYYY-MM-DD' })
  dueOn: string;

  @ApiPropertyOptional({ enum: FeedbackChannel, enumName: 'FeedbackChannel', description: 'How to follow up', default: FeedbackChannel.Phone })
  @IsOptional()
  @IsEnum(FeedbackChannel)
  channel?: FeedbackChannel;
}

export class FollowUpIdDto {
  @ApiProperty({ format: 'uuid', description: 'Follow-up id' })
  @IsUUID()
  id: string;
}

export class FollowUpOutcomeBodyDto {
  @ApiProperty({ description: 'Whether the patient was reached' })
  @IsBoolean()
  reached: boolean;

  @ApiPropertyOptional({ description: 'Satisfied with their stay (only when reached)' })
  @IsOptional()
  @IsBoolean()
  satisfied?: boolean;

  @ApiPropertyOptional({ description: 'Issues the patient raised (only when reached)', maxLength: 2000 })
  @IsOptional()
  @Transform(trimString)
  @IsString()
  @Length(1, 2000)
  issues?: string;
}
export class FollowUpOutcomeRequestDto extends IntersectionType(FollowUpIdDto, FollowUpOutcomeBodyDto) {}

/** The complaint raised on the call: channel FOLLOW_UP and the patient as complainant are filled in. */
export class FollowUpComplaintBodyDto extends OmitType(CreateComplaintDto, ['channel', 'complainant'] as const) {}
export class FollowUpComplaintRequestDto extends IntersectionType(FollowUpIdDto, FollowUpComplaintBodyDto) {}

export class ListFollowUpsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: FollowUpStatus, enumName: 'FollowUpStatus', description: 'Only follow-ups in this status' })
  @IsOptional()
  @IsEnum(FollowUpStatus)
  status?: FollowUpStatus;

  @ApiPropertyOptional({ description: 'true: only open calls due today or earlier (hospital time zone)', enum: ['true'] })
  @IsOptional()
  @IsIn(['true'])
  due?: 'true';

  @ApiPropertyOptional({ description: 'true: only open calls whose due day has passed', enum: ['true'] })
  @IsOptional()
  @IsIn(['true'])
  overdue?: 'true';
}

export class FollowUpPatientViewDto {
  @ApiProperty({ description: 'Name (masked except for supervisors and managers)' }) name: string;
  @ApiProperty({ description: 'Phone (masked likewise)' }) phone: string;
  @ApiProperty({ type: String, nullable: true, description: 'Ward or department' }) department: string | null;
}

export class FollowUpDto {
  @ApiProperty({ format: 'uuid', description: 'Follow-up id' }) id: string;
  @ApiProperty({ type: FollowUpPatientViewDto, description: 'Whom to call' }) patient: FollowUpPatientViewDto;
  @ApiProperty({ description: 'Day of discharge' }) dischargedOn: string;
  @ApiProperty({ description: 'Day the call is due' }) dueOn: string;
  @ApiProperty({ enum: FeedbackChannel, enumName: 'FeedbackChannel', description: 'How to follow up' }) channel: FeedbackChannel;
  @ApiProperty({ enum: FollowUpStatus, enumName: 'FollowUpStatus', description: 'Where it stands' }) status: FollowUpStatus;
  @ApiProperty({ description: 'Open and its due day has passed (hospital time zone)' }) overdue: boolean;
  @ApiProperty({ type: 'integer', description: 'Calls made so far' }) attempts: number;
  @ApiProperty({ type: Boolean, nullable: true, description: 'Satisfied, when reached' }) satisfied: boolean | null;
  @ApiProperty({ type: String, nullable: true, description: 'Issues raised on the call' }) issues: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'uuid', description: 'The complaint raised from this call' }) complaintId: string | null;
  @ApiProperty({ description: 'Who planned it' }) plannedBy: string;
  @ApiProperty({ type: String, nullable: true, description: 'Who recorded the last outcome' }) calledBy: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'date-time', description: 'When the last outcome was recorded' }) calledAt: string | null;
}

export class FollowUpPageDto extends PageOf(FollowUpDto) {}

export class FollowUpComplaintResultDto {
  @ApiProperty({ type: FollowUpDto, description: 'The follow-up, now linked to the complaint' }) followUp: FollowUpDto;
  @ApiProperty({ type: ComplaintDto, description: 'The complaint, owned by whoever made the call' }) complaint: ComplaintDto;
}
