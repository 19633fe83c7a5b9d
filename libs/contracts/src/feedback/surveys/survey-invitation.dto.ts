import { ApiProperty, ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsEnum, IsInt, IsOptional, IsString, IsUUID, Length, Max, Min, ValidateNested } from 'class-validator';
import { FeedbackChannel } from '../enums';
import { SurveyIdDto } from './survey.dto';
import { trimString } from '../../common/transforms';

export const DEFAULT_INVITATION_DAYS = 14;

/** Whom the answers will be about: they count for this staff member, department, job or social supervisor. */
export class SurveyAboutDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'The staff member rated (dispatch staff id)' })
  @IsOptional()
  @IsUUID()
  staffId?: string;

  @ApiPropertyOptional({ description: 'The department rated', example: '心内科', minLength: 1, maxLength: 50 })
  @IsOptional()
  @Transform(trimString)
  @IsString()
  @Length(1, 50)
  department?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'The dispatch job the survey follows up' })
  @IsOptional()
  @IsUUID()
  taskId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'The social supervisor (社会监督员) who will answer; requires channel SUPERVISOR' })
  @IsOptional()
  @IsUUID()
  supervisorId?: string;
}

export class CreateInvitationBodyDto {
  @ApiProperty({ enum: FeedbackChannel, enumName: 'FeedbackChannel', description: 'How the survey reaches the respondent; SUPERVISOR exactly when about.supervisorId is given' })
  @IsEnum(FeedbackChannel)
  channel: FeedbackChannel;

  @ApiProperty({ type: SurveyAboutDto, description: 'Whom the answers are about' })
  @ValidateNested()
  @Type(() => SurveyAboutDto)
  about: SurveyAboutDto;

  @ApiPropertyOptional({ type: 'integer', description: 'Days until the token expires', minimum: 1, maximum: 90, default: DEFAULT_INVITATION_DAYS })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(90)
  expiresInDays?: number;
}

export class CreateInvitationRequestDto extends IntersectionType(SurveyIdDto, CreateInvitationBodyDto) {}

export class SurveyInvitationDto {
  @ApiProperty({ format: 'uuid', description: 'Invitation id' })
  id: string;

  @ApiProperty({ format: 'uuid', description: 'The survey to answer' })
  surveyId: string;

  @ApiProperty({ enum: FeedbackChannel, enumName: 'FeedbackChannel', description: 'The channel the response will count under' })
  channel: FeedbackChannel;

  @ApiProperty({ type: SurveyAboutDto, description: 'Whom the answers are about' })
  about: SurveyAboutDto;

  @ApiProperty({
    type: String,
    nullable: true,
    description:
      'The single-use token to give the respondent. Shown when issued; for automatic invitations (after a transport job) also in the ' +
      'invitation list until answered or expired; otherwise null, since only its hash is kept.',
  })
  token: string | null;

  @ApiProperty({ format: 'date-time', description: 'After this the token is refused (410)' })
  expiresAt: string;

  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'When it was answered' })
  usedAt: string | null;

  @ApiProperty({ description: 'Who issued it (user id, or "system" for automatic invitations)' })
  createdBy: string;

  @ApiProperty({ format: 'date-time', description: 'When it was issued' })
  createdAt: string;
}

export class ListInvitationsQueryDto {
  @ApiProperty({ format: 'uuid', description: 'The dispatch job whose invitation to show' })
  @IsUUID()
  taskId: string;
}
