import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsBoolean, IsDefined, IsEnum, IsOptional, IsString, IsUrl, IsUUID, Length, MaxLength, ValidateNested } from 'class-validator';
import { PageOf, PageQueryDto } from '../common/pagination';
import { trimString } from '../common/transforms';
import { WebhookEventType } from './webhook-event-types';

export const WEBHOOK_URL_MAX_LENGTH = 2000;

/** Which jobs' events an endpoint receives, fixed by who registered it. */
export enum WebhookEndpointScope {
  /** A hospital system's endpoint (API key, role integration): the jobs that system raised. */
  OwnJobs = 'OWN_JOBS',
  /** An admin's endpoint: every job, and the admin-only event types (incidents, complaints). */
  All = 'ALL',
}

const EVENT_TYPES_EXAMPLE = [WebhookEventType.TaskAssigned, WebhookEventType.TaskStarted, WebhookEventType.TaskCompleted];

export class CreateWebhookEndpointDto {
  @ApiProperty({
    description:
      'Where the platform POSTs the events: http or https, no user name or password in it. Loopback, link-local and private ' +
      'addresses are refused unless the operator allows them (WEBHOOKS_ALLOW_PRIVATE_URLS, WEBHOOKS_ALLOWED_NETWORKS).',
    example: 'https://his.hospital.example/platform-events',
    maxLength: WEBHOOK_URL_MAX_LENGTH,
  })
  @Transform(trimString)
  @IsString()
  @MaxLength(WEBHOOK_URL_MAX_LENGTH)
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true, require_tld: false, require_valid_protocol: true }, { message: 'url must be an http or https URL' })
  url: string;

  @ApiProperty({
    enum: WebhookEventType,
    enumName: 'WebhookEventType',
    isArray: true,
    description: 'The events to receive (at least one, each once). A hospital system may subscribe only to the task events (its own jobs).',
    example: EVENT_TYPES_EXAMPLE,
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(Object.values(WebhookEventType).length)
  @ArrayUnique()
  @IsEnum(WebhookEventType, { each: true })
  eventTypes: WebhookEventType[];

  @ApiPropertyOptional({ description: 'What the endpoint is for, for the people who look after it', example: '5病区护士站 - 任务进度', maxLength: 200 })
  @IsOptional()
  @Transform(trimString)
  @IsString()
  @Length(1, 200)
  description?: string;
}

export class UpdateWebhookEndpointDto {
  @ApiPropertyOptional({ description: 'A new URL (same rules as at registration)', example: 'https://his.hospital.example/v2/platform-events', maxLength: WEBHOOK_URL_MAX_LENGTH })
  @IsOptional()
  @Transform(trimString)
  @IsString()
  @MaxLength(WEBHOOK_URL_MAX_LENGTH)
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true, require_tld: false, require_valid_protocol: true }, { message: 'url must be an http or https URL' })
  url?: string;

  @ApiPropertyOptional({ enum: WebhookEventType, enumName: 'WebhookEventType', isArray: true, description: 'The new list of events (replaces the old one)', example: EVENT_TYPES_EXAMPLE })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(Object.values(WebhookEventType).length)
  @ArrayUnique()
  @IsEnum(WebhookEventType, { each: true })
  eventTypes?: WebhookEventType[];

  @ApiPropertyOptional({ description: 'A new description', example: '5病区护士站', maxLength: 200 })
  @IsOptional()
  @Transform(trimString)
  @IsString()
  @Length(1, 200)
  description?: string;

  @ApiPropertyOptional({
    description:
      'false pauses the endpoint: no new events are queued for it, and the queued ones wait. true resumes it, also after the ' +
      'receiver answered 410 Gone and the platform disabled it',
    example: true,
  })
  @IsOptional()
  @IsBoolean()
  enabled?: boolean;
}

export class WebhookEndpointIdDto {
  @ApiProperty({ format: 'uuid', description: 'Endpoint id' })
  @IsUUID()
  id: string;
}

export class UpdateWebhookEndpointRequestDto extends WebhookEndpointIdDto {
  @ApiProperty({ type: UpdateWebhookEndpointDto, description: 'The fields to change' })
  @IsDefined()
  @ValidateNested()
  @Type(() => UpdateWebhookEndpointDto)
  changes: UpdateWebhookEndpointDto;
}

export class ListWebhookEndpointsQueryDto extends PageQueryDto {}

export class WebhookEndpointDto {
  @ApiProperty({ format: 'uuid', description: 'Endpoint id' }) id: string;
  @ApiProperty({ description: 'Who registered it: the system id of an API key, or an admin’s user id', example: '0b7c2f0e-9a51-4d7e-8f43-3f1c8e2a9b10' }) ownerId: string;
  @ApiProperty({ enum: WebhookEndpointScope, enumName: 'WebhookEndpointScope', description: 'OWN_JOBS: the events of the jobs its system raised; ALL: every job (an admin’s endpoint)' })
  scope: WebhookEndpointScope;
  @ApiProperty({ description: 'Where the events go', example: 'https://his.hospital.example/platform-events' }) url: string;
  @ApiProperty({ enum: WebhookEventType, enumName: 'WebhookEventType', isArray: true, description: 'The events it receives', example: EVENT_TYPES_EXAMPLE })
  eventTypes: WebhookEventType[];
  @ApiProperty({ type: String, nullable: true, description: 'What it is for', example: '5病区护士站 - 任务进度' }) description: string | null;
  @ApiProperty({ description: 'false: nothing is sent (paused by its owner, or disabled after a 410 Gone)', example: true }) enabled: boolean;
  @ApiProperty({ type: String, nullable: true, description: 'Why it was disabled, when the platform disabled it', example: null }) disabledReason: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'When it was disabled' }) disabledAt: string | null;
  @ApiProperty({
    type: String,
    format: 'date-time',
    nullable: true,
    description: 'Until when deliveries are also signed with the secret before the last rotation (the grace period); null outside one',
  })
  previousSecretExpiresAt: string | null;
  @ApiProperty({ type: 'integer', description: 'Changes with every update', example: 1 }) version: number;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}

/** The answer to registering an endpoint or rotating its secret: the only answers that carry the secret. */
export class WebhookEndpointWithSecretDto extends WebhookEndpointDto {
  @ApiProperty({
    description:
      'The signing secret (Standard Webhooks: whsec_ and base64 of 32 random bytes). Keep it in the receiving system to verify ' +
      'webhook-signature; no other answer shows it.',
    example: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw6iYrFnkGHdg=',
  })
  secret: string;
}

export class WebhookEndpointPageDto extends PageOf(WebhookEndpointDto) {}
