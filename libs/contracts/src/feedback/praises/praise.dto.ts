import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayUnique, IsArray, IsEnum, IsOptional, IsString, IsUUID, Length, ValidateIf } from 'class-validator';
import { PageOf, PageQueryDto } from '../../common/pagination';
import { FeedbackChannel } from '../enums';
import { trimString } from '../../common/transforms';

export class CreatePraiseDto {
  @ApiProperty({ enum: FeedbackChannel, enumName: 'FeedbackChannel', description: 'How the praise reached the center' })
  @IsEnum(FeedbackChannel)
  channel: FeedbackChannel;

  @ApiPropertyOptional({ type: String, format: 'uuid', isArray: true, description: 'Staff praised (staffIds and/or department is required)' })
  @ValidateIf((o: CreatePraiseDto) => o.staffIds !== undefined || o.department === undefined)
  @IsArray()
  @IsUUID('all', { each: true })
  @ArrayUnique()
  @ArrayMaxSize(20)
  staffIds?: string[];

  @ApiPropertyOptional({ description: 'Department praised', maxLength: 50 })
  @IsOptional()
  @Transform(trimString)
  @IsString()
  @Length(1, 50)
  department?: string;

  @ApiProperty({ description: 'What the patient said', minLength: 1, maxLength: 2000 })
  @Transform(trimString)
  @IsString()
  @Length(1, 2000)
  text: string;
}

export class ListPraisesQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'Only praise naming this staff member' })
  @IsOptional()
  @IsUUID()
  staffId?: string;
}

export class PraiseDto {
  @ApiProperty({ format: 'uuid', description: 'Praise id' }) id: string;
  @ApiProperty({ enum: FeedbackChannel, enumName: 'FeedbackChannel', description: 'How it came in' }) channel: FeedbackChannel;
  @ApiProperty({ type: String, format: 'uuid', isArray: true, description: 'Staff praised' }) staffIds: string[];
  @ApiProperty({ type: String, nullable: true, description: 'Department praised' }) department: string | null;
  @ApiProperty({ description: 'What the patient said' }) text: string;
  @ApiProperty({ description: 'Who recorded it (user id, or `anonymous`)' }) recordedBy: string;
  @ApiProperty({ format: 'date-time', description: 'When it was received' }) receivedAt: string;
}

export class PraisePageDto extends PageOf(PraiseDto) {}
