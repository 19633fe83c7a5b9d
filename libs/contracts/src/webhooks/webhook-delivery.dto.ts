import { ApiProperty, ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { IsEnum, IsOptional, IsUUID } from 'class-validator';
import { PageOf, PageQueryDto } from '../common/pagination';
import { WebhookEndpointIdDto } from './webhook-endpoint.dto';
import { WebhookEventType } from './webhook-event-types';

/** Where one event stands for one endpoint. */
export enum WebhookDeliveryStatus {
  /** Not attempted yet (or redelivery asked for). */
  Pending = 'PENDING',
  /** The endpoint answered 2xx. */
  Succeeded = 'SUCCEEDED',
  /** The last attempt failed; the next one is at `nextAttemptAt`. */
  Failed = 'FAILED',
  /** No more attempts: the retry schedule ran out, or the endpoint answered 410 Gone. A dead letter: redeliver it once the receiver is fixed. */
  Dead = 'DEAD',
}

/** What one attempt led to: the same four outcomes the sender counts in webhook_deliveries_total{outcome}. */
export enum WebhookAttemptOutcome {
  /** The receiver answered 2xx: the delivery SUCCEEDED. */
  Succeeded = 'SUCCEEDED',
  /** It failed and another attempt was scheduled: the delivery was FAILED after it. */
  Retry = 'RETRY',
  /** It failed and was the last of the retry schedule: the delivery went DEAD. */
  Dead = 'DEAD',
  /** The receiver answered 410 Gone: the endpoint was disabled and the delivery went DEAD. */
  Gone = 'GONE',
}

export class ListWebhookDeliveriesQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: WebhookDeliveryStatus, enumName: 'WebhookDeliveryStatus', description: 'Only deliveries in this status (DEAD: the dead letters)' })
  @IsOptional()
  @IsEnum(WebhookDeliveryStatus)
  status?: WebhookDeliveryStatus;

  @ApiPropertyOptional({ enum: WebhookEventType, enumName: 'WebhookEventType', description: 'Only deliveries of this event type' })
  @IsOptional()
  @IsEnum(WebhookEventType)
  eventType?: WebhookEventType;
}

export class ListWebhookDeliveriesRequestDto extends IntersectionType(WebhookEndpointIdDto, ListWebhookDeliveriesQueryDto) {}

export class WebhookDeliveryParamsDto extends WebhookEndpointIdDto {
  @ApiProperty({ format: 'uuid', description: 'Delivery id' })
  @IsUUID()
  deliveryId: string;
}

export class WebhookDeliveryDto {
  @ApiProperty({ format: 'uuid', description: 'Delivery id' }) id: string;
  @ApiProperty({ format: 'uuid', description: 'The endpoint it goes to' }) endpointId: string;
  @ApiProperty({ format: 'uuid', description: 'The event id, sent as webhook-id: the same on every attempt', example: '0193a5a8-7f4e-7c1a-9b2d-5e6f7a8b9c0d' })
  eventId: string;
  @ApiProperty({ enum: WebhookEventType, enumName: 'WebhookEventType', description: 'The event type' }) eventType: WebhookEventType;
  @ApiProperty({ enum: WebhookDeliveryStatus, enumName: 'WebhookDeliveryStatus', description: 'Where it stands' }) status: WebhookDeliveryStatus;
  @ApiProperty({ type: 'integer', description: 'Attempts made so far (a redelivery starts again at 0; the attempts before it stay in the delivery’s `attempts`)', example: 2 }) attempt: number;
  @ApiProperty({ type: 'integer', nullable: true, description: 'HTTP status of the last answer; null when none came (timeout, refused connection)', example: 503 })
  responseStatus: number | null;
  @ApiProperty({ type: 'integer', nullable: true, description: 'How long the last attempt took, in milliseconds', example: 87 }) durationMs: number | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'When the next attempt is due; null when none will be made' }) nextAttemptAt: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'When the last attempt was made' }) lastAttemptAt: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Why the last attempt failed', example: 'HTTP 503' }) error: string | null;
  @ApiProperty({ format: 'date-time', description: 'When the event was matched to the endpoint' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}

export class WebhookDeliveryPageDto extends PageOf(WebhookDeliveryDto) {}

export class WebhookDeliveryAttemptDto {
  @ApiProperty({
    type: 'integer',
    minimum: 1,
    description: 'The attempt’s number over the delivery’s whole life, 1 for the first; a redelivery continues the count (where the delivery’s own `attempt` starts again at 0)',
    example: 3,
  })
  attempt: number;
  @ApiProperty({ format: 'date-time', description: 'When it was sent (the webhook-timestamp it was signed with)', example: '2026-11-23T08:05:05.000Z' }) at: string;
  @ApiProperty({ type: 'integer', minimum: 0, description: 'From sending to the receiver’s status line (or the timeout), in milliseconds', example: 87 }) durationMs: number;
  @ApiProperty({ type: 'integer', nullable: true, description: 'HTTP status the receiver answered; null when none came (timeout, refused connection)', example: 503 })
  responseStatus: number | null;
  @ApiProperty({ type: String, nullable: true, description: 'Why it failed; null when it succeeded', example: 'HTTP 503' }) error: string | null;
  @ApiProperty({ enum: WebhookAttemptOutcome, enumName: 'WebhookAttemptOutcome', description: 'What it led to: SUCCEEDED, RETRY (another attempt scheduled), DEAD (the last one), GONE (410: endpoint disabled)' })
  outcome: WebhookAttemptOutcome;
}

export class WebhookDeliveryDetailDto extends WebhookDeliveryDto {
  @ApiProperty({ type: WebhookDeliveryAttemptDto, isArray: true, description: 'Every attempt, oldest first, those before a redelivery included' })
  attempts: WebhookDeliveryAttemptDto[];
}
