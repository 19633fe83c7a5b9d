import { WebhookDeliveryStatus, WebhookEventType } from '@hospital/contracts';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One event for one endpoint: made by the fan-out consumer in the transaction that records the
 * event as handled (unique per endpoint and event), then attempted by the sender until it
 * succeeds or goes DEAD. Its times come from the service's clock, as the sender compares them.
 */
@Entity({ name: 'deliveries' })
export class WebhookDeliveryEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'endpoint_id', type: 'uuid' }) endpointId: string;
  /** The event id: sent as webhook-id. */
  @Column({ name: 'event_id', type: 'uuid' }) eventId: string;
  @Column({ name: 'event_type', type: 'varchar', length: 60 }) eventType: WebhookEventType;
  /** The exact JSON body, as signed: the same bytes on every attempt. */
  @Column({ type: 'text' }) body: string;
  @Column({ type: 'varchar', length: 10 }) status: WebhookDeliveryStatus;
  @Column({ type: 'integer' }) attempts: number;
  @Column({ name: 'next_attempt_at', type: 'timestamptz', precision: 3, nullable: true }) nextAttemptAt: Date | null;
  /** While an attempt is under way: until when the sender that claimed it holds it (a crashed one lets go then). */
  @Column({ name: 'locked_until', type: 'timestamptz', precision: 3, nullable: true }) lockedUntil: Date | null;
  @Column({ name: 'last_attempt_at', type: 'timestamptz', precision: 3, nullable: true }) lastAttemptAt: Date | null;
  @Column({ name: 'response_status', type: 'integer', nullable: true }) responseStatus: number | null;
  @Column({ name: 'duration_ms', type: 'integer', nullable: true }) durationMs: number | null;
  @Column({ name: 'last_error', type: 'varchar', length: 500, nullable: true }) lastError: string | null;
  @Column({ name: 'created_at', type: 'timestamptz', precision: 3 }) createdAt: Date;
  @Column({ name: 'updated_at', type: 'timestamptz', precision: 3 }) updatedAt: Date;
}
