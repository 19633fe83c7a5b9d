import { WebhookAttemptOutcome } from '@hospital/contracts';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One attempt of a delivery, as the sender recorded it in the transaction that updated the
 * delivery. Never changed afterwards; it goes when its delivery goes (ON DELETE CASCADE).
 */
@Entity({ name: 'delivery_attempts' })
export class WebhookDeliveryAttemptEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'delivery_id', type: 'uuid' }) deliveryId: string;
  /** Over the delivery's whole life: a redelivery continues the count (see DeliverySender.record). */
  @Column({ type: 'integer' }) attempt: number;
  @Column({ name: 'started_at', type: 'timestamptz', precision: 3 }) startedAt: Date;
  @Column({ name: 'duration_ms', type: 'integer' }) durationMs: number;
  @Column({ name: 'response_status', type: 'integer', nullable: true }) responseStatus: number | null;
  @Column({ type: 'varchar', length: 500, nullable: true }) error: string | null;
  @Column({ type: 'varchar', length: 10 }) outcome: WebhookAttemptOutcome;
}
