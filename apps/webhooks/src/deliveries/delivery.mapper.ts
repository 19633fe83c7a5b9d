import { WebhookDeliveryAttemptDto, WebhookDeliveryDetailDto, WebhookDeliveryDto } from '@hospital/contracts';
import { WebhookDeliveryAttemptEntity } from './webhook-delivery-attempt.entity';
import { WebhookDeliveryEntity } from './webhook-delivery.entity';

/** A line of the delivery log (the body is not in it: the receiver got it, and the event's owner has it). */
export function toDeliveryDto(delivery: WebhookDeliveryEntity): WebhookDeliveryDto {
  return {
    id: delivery.id,
    endpointId: delivery.endpointId,
    eventId: delivery.eventId,
    eventType: delivery.eventType,
    status: delivery.status,
    attempt: delivery.attempts,
    responseStatus: delivery.responseStatus,
    durationMs: delivery.durationMs,
    nextAttemptAt: delivery.nextAttemptAt?.toISOString() ?? null,
    lastAttemptAt: delivery.lastAttemptAt?.toISOString() ?? null,
    error: delivery.lastError,
    createdAt: delivery.createdAt.toISOString(),
    updatedAt: delivery.updatedAt.toISOString(),
  };
}

export function toDeliveryAttemptDto(attempt: WebhookDeliveryAttemptEntity): WebhookDeliveryAttemptDto {
  return {
    attempt: attempt.attempt,
    at: attempt.startedAt.toISOString(),
    durationMs: attempt.durationMs,
    responseStatus: attempt.responseStatus,
    error: attempt.error,
    outcome: attempt.outcome,
  };
}

/** The line of the log with every attempt behind it, in the order they were made. */
export function toDeliveryDetailDto(delivery: WebhookDeliveryEntity, attempts: WebhookDeliveryAttemptEntity[]): WebhookDeliveryDetailDto {
  return { ...toDeliveryDto(delivery), attempts: attempts.map(toDeliveryAttemptDto) };
}
