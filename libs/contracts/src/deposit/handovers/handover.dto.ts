import { ApiProperty, ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayUnique, IsArray, IsEnum, IsInt, IsISO8601, IsOptional, IsString, IsUUID, Length, Matches, Max, Min } from 'class-validator';
import { PageOf, PageQueryDto } from '../../common/pagination';
import { Desk } from '../enums';
import { trimString } from '../../common/transforms';

const WITH_OFFSET = /T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;

/** Largest tag pool a desk can be configured with (DEPOSIT_TAGS_*). */
const MAX_TAG_NO = 10_000;

export enum HandoverStatus {
  /** The outgoing clerk's count and tags are exactly what the desk holds. */
  Matched = 'MATCHED',
  /** Count or tags differ: shown until a supervisor resolves it. */
  Discrepancy = 'DISCREPANCY',
  /** A supervisor looked into the discrepancy and recorded the outcome. */
  Resolved = 'RESOLVED',
}

/**
 * 交接班记录: the outgoing clerk's count of what is on hand at the desk. The outgoing clerk is the
 * caller's staff member (`actor.staffId`): an account not linked to one is refused (NOT_LINKED_TO_STAFF).
 */
export class CreateHandoverDto {
  @ApiProperty({ enum: Desk, enumName: 'Desk', description: 'The desk being handed over' })
  @IsEnum(Desk)
  desk: Desk;

  @ApiProperty({
    format: 'uuid',
    description:
      'The clerk taking over: their staff id (dispatch roster, as in GET /staff), not a user account id; another staff member than the caller. Only the account linked to that staff member can confirm the handover',
  })
  @IsUUID()
  incomingClerkId: string;

  @ApiProperty({ type: 'integer', description: 'Bags on hand as the outgoing clerk counted them', minimum: 0, maximum: MAX_TAG_NO, example: 12 })
  @IsInt()
  @Min(0)
  @Max(MAX_TAG_NO)
  count: number;

  @ApiProperty({ type: 'integer', isArray: true, description: 'The tag numbers on the bags on hand', example: [1, 2, 5] })
  @IsArray()
  @ArrayMaxSize(MAX_TAG_NO)
  @ArrayUnique()
  @IsInt({ each: true })
  @Min(1, { each: true })
  @Max(MAX_TAG_NO, { each: true })
  tagNos: number[];

  @ApiPropertyOptional({ description: 'Remarks of the outgoing clerk (positions, anything unusual)', maxLength: 500 })
  @IsOptional()
  @Transform(trimString)
  @IsString()
  @Length(1, 500)
  note?: string;
}

export class HandoverIdDto {
  @ApiProperty({ format: 'uuid', description: 'Handover id' })
  @IsUUID()
  id: string;
}

export class ResolveHandoverBodyDto {
  @ApiProperty({ description: 'What the supervisor found and did about the discrepancy', minLength: 1, maxLength: 500, example: '7号包已由本人取走，漏登' })
  @Transform(trimString)
  @IsString()
  @Length(1, 500)
  resolution: string;
}

export class ResolveHandoverRequestDto extends IntersectionType(HandoverIdDto, ResolveHandoverBodyDto) {}

/** The range is half-open, [from, to), on when the handover was recorded. */
export class ListHandoversQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: Desk, enumName: 'Desk', description: 'Only this desk' })
  @IsOptional()
  @IsEnum(Desk)
  desk?: Desk;

  @ApiPropertyOptional({ enum: HandoverStatus, enumName: 'HandoverStatus', description: 'Only this status; DISCREPANCY lists the unresolved ones' })
  @IsOptional()
  @IsEnum(HandoverStatus)
  status?: HandoverStatus;

  @ApiPropertyOptional({ format: 'date-time', description: 'Recorded at or after this instant; ISO 8601 with offset (encode `+` as `%2B`)' })
  @IsOptional()
  @IsISO8601({ strict: true })
  @Matches(WITH_OFFSET, { message: 'from must be an ISO 8601 date-time with an offset (Z or ±hh:mm)' })
  from?: string;

  @ApiPropertyOptional({ format: 'date-time', description: 'Recorded before this instant; ISO 8601 with offset' })
  @IsOptional()
  @IsISO8601({ strict: true })
  @Matches(WITH_OFFSET, { message: 'to must be an ISO 8601 date-time with an offset (Z or ±hh:mm)' })
  to?: string;
}

export class HandoverDto {
  @ApiProperty({ format: 'uuid', description: 'Handover id' }) id: string;
  @ApiProperty({ enum: Desk, enumName: 'Desk', description: 'The desk handed over' }) desk: Desk;
  @ApiProperty({ enum: HandoverStatus, enumName: 'HandoverStatus', description: 'MATCHED, DISCREPANCY until resolved, or RESOLVED' }) status: HandoverStatus;
  @ApiProperty({ description: 'The clerk handing over: a staff id (handovers recorded before accounts were linked to staff hold a user id)' }) outgoingClerkId: string;
  @ApiProperty({ description: 'The clerk taking over: a staff id (handovers recorded before accounts were linked to staff hold a user id)' }) incomingClerkId: string;
  @ApiProperty({ type: 'integer', description: 'Bags the outgoing clerk counted', example: 12 }) countedCount: number;
  @ApiProperty({ type: 'integer', isArray: true, description: 'Tag numbers the outgoing clerk listed, ascending' }) countedTags: number[];
  @ApiProperty({ type: 'integer', description: 'Bags the desk holds by the records (stored, ticket lost, locked or unclaimed)', example: 12 }) expectedCount: number;
  @ApiProperty({ type: 'integer', isArray: true, description: 'Tags the records say are on hand but were not listed, ascending' }) missingTags: number[];
  @ApiProperty({ type: 'integer', isArray: true, description: 'Tags listed that the records do not have on hand, ascending' }) extraTags: number[];
  @ApiProperty({ type: String, nullable: true, description: 'Remarks of the outgoing clerk' }) note: string | null;
  @ApiProperty({ format: 'date-time', description: 'When the handover was recorded' }) createdAt: string;
  @ApiProperty({ type: String, nullable: true, format: 'date-time', description: 'When the incoming clerk confirmed; null until then' }) confirmedAt: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'The supervisor who resolved the discrepancy: their user account id (an audit of who did it, not a staff id)' }) resolvedBy: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'date-time', description: 'When the discrepancy was resolved' }) resolvedAt: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'What the supervisor found and did' }) resolution: string | null;
  @ApiProperty({ type: 'integer', description: 'Increments on every change', example: 1 }) version: number;
}

export class HandoverPageDto extends PageOf(HandoverDto) {}
