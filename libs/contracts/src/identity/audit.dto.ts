import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsISO8601, IsOptional, IsString, Length, Matches, Max, Min } from 'class-validator';
import { PageOf } from '../common/pagination';

export const AUDIT_MAX_PAGE_SIZE = 200;
export const AUDIT_DEFAULT_PAGE_SIZE = 50;

/** Who acted: a person, a hospital system's API key, a caller without an account, or the gateway itself. */
export const AUDIT_ACTOR_KINDS = ['user', 'api_key', 'anonymous', 'system'] as const;
export type AuditActorKindValue = (typeof AUDIT_ACTOR_KINDS)[number];

/** An ISO 8601 date-time that names its offset, so a range never depends on a server's time zone. */
const WITH_OFFSET = /T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;

/** `user.create`; with a trailing dot (`user.`) a prefix. */
const ACTION_FILTER = /^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)*\.?$/;
const TARGET_TYPE = /^[a-z][a-z0-9_]*$/;

/**
 * Filters of `GET /audit`, all optional and combined with AND; newest first, keyset paging.
 * The time range is half-open, [from, to), like every range of the API.
 */
export class AuditQueryDto {
  @ApiPropertyOptional({ description: 'Only what this caller did: a user id, an API key id, `anonymous` or `system`', example: '3f0c2d9e-8a51-4c4b-9d7e-2b1f6a0c9e11', maxLength: 128 })
  @IsOptional()
  @IsString()
  @Length(1, 128)
  actorId?: string;

  @ApiPropertyOptional({
    description: 'An action exactly (`user.create`), or every action under a prefix ending in a dot (`user.` for user.create, user.update, ...)',
    example: 'deposit.',
    maxLength: 100,
  })
  @IsOptional()
  @Length(1, 100)
  @Matches(ACTION_FILTER, { message: 'action must be an action such as user.create, or a prefix ending in a dot such as user.' })
  action?: string;

  @ApiPropertyOptional({ description: 'What kind of thing was acted on or read', example: 'deposit', maxLength: 64 })
  @IsOptional()
  @Length(1, 64)
  @Matches(TARGET_TYPE, { message: 'targetType must be lower-case letters, digits and _, such as deposit or evaluation_rules' })
  targetType?: string;

  @ApiPropertyOptional({ description: 'The id of the thing (with targetType, what happened to one record)', example: '9b2f4c1e-5d3a-4e8b-a1c7-6f0e2d4b8a93', maxLength: 200 })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  targetId?: string;

  @ApiPropertyOptional({ format: 'date-time', description: 'Entries at or after this instant; ISO 8601 with offset (encode `+` as `%2B`)', example: '2026-11-01T00:00:00+08:00' })
  @IsOptional()
  @IsISO8601({ strict: true })
  @Matches(WITH_OFFSET, { message: 'from must be an ISO 8601 date-time with an offset (Z or ±hh:mm)' })
  from?: string;

  @ApiPropertyOptional({ format: 'date-time', description: 'Entries before this instant (exclusive), after `from`', example: '2026-12-01T00:00:00+08:00' })
  @IsOptional()
  @IsISO8601({ strict: true })
  @Matches(WITH_OFFSET, { message: 'to must be an ISO 8601 date-time with an offset (Z or ±hh:mm)' })
  to?: string;

  @ApiPropertyOptional({ type: 'integer', description: 'Page size', minimum: 1, maximum: AUDIT_MAX_PAGE_SIZE, default: AUDIT_DEFAULT_PAGE_SIZE })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(AUDIT_MAX_PAGE_SIZE)
  limit?: number;

  @ApiPropertyOptional({ description: 'The `nextCursor` of the previous page (with the same filters); omit for the first page' })
  @IsOptional()
  @Matches(/^[A-Za-z0-9_-]{8,200}$/, { message: 'cursor must be a cursor returned by a previous page' })
  cursor?: string;
}

export class AuditEntryDto {
  @ApiProperty({ description: 'Entry id (increasing in the order entries were written)', example: '10452' }) id: string;
  @ApiProperty({ format: 'date-time', description: 'When it happened (UTC)', example: '2026-11-23T01:15:42.120Z' }) at: string;
  @ApiProperty({ description: 'Who: user id, API key id, `anonymous` or `system`', example: '3f0c2d9e-8a51-4c4b-9d7e-2b1f6a0c9e11' }) actorId: string;
  @ApiProperty({ enum: AUDIT_ACTOR_KINDS, description: 'A person, a hospital system, a caller without an account, or the gateway itself', example: 'user' })
  actorKind: AuditActorKindValue;
  @ApiProperty({ description: 'Username or API key name at the time', example: 'supervisor' }) actorName: string;
  @ApiProperty({ description: '`<resource>.<verb>`: a change (`user.create`, `staff.update`) or a read of personal data in full (`deposit.read`)', example: 'deposit.read' })
  action: string;
  @ApiProperty({ description: 'What kind of thing', example: 'deposit' }) targetType: string;
  @ApiProperty({ type: String, nullable: true, description: 'Its id; null for a list read (see details.ids) or a change without one', example: '9b2f4c1e-5d3a-4e8b-a1c7-6f0e2d4b8a93' })
  targetId: string | null;
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description: 'What else is worth knowing (fields changed, ids of a list read, a new version); never a secret',
    example: { ids: ['9b2f4c1e-5d3a-4e8b-a1c7-6f0e2d4b8a93'] },
  })
  details: Record<string, unknown>;
  @ApiProperty({ type: String, nullable: true, description: 'Client address as the gateway saw it (after TRUST_PROXY_HOPS)', example: '10.12.3.45' }) ip: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'The request’s X-Request-Id, to find its log lines', example: '0b6c5e0a-2f1d-4e55-8f3e-7c1a9d2b4e60' })
  requestId: string | null;
}

export class AuditPageDto extends PageOf(AuditEntryDto) {}
