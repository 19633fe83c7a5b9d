import { WebhookEndpointScope, WebhookEventType } from '@hospital/contracts';
import { VersionedEntity } from '@hospital/platform';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Where a hospital system (or an admin) wants events POSTed, and the secret they are signed with. */
@Entity({ name: 'endpoints' })
export class WebhookEndpointEntity extends VersionedEntity {
  /** Chosen before the insert: it is the associated data of the sealed secrets (endpoint-secrets.ts). */
  @PrimaryColumn('uuid') id: string;
  /** The caller who registered it: an API key's system id, or an admin's user id. */
  @Column({ name: 'owner_id', type: 'varchar', length: 64 }) ownerId: string;
  @Column({ type: 'varchar', length: 10 }) scope: WebhookEndpointScope;
  @Column({ type: 'varchar', length: 2000 }) url: string;
  @Column({ name: 'event_types', type: 'varchar', length: 60, array: true }) eventTypes: WebhookEventType[];
  @Column({ type: 'varchar', length: 200, nullable: true }) description: string | null;
  @Column({ type: 'boolean' }) enabled: boolean;
  @Column({ name: 'disabled_reason', type: 'varchar', length: 200, nullable: true }) disabledReason: string | null;
  @Column({ name: 'disabled_at', type: 'timestamptz', precision: 3, nullable: true }) disabledAt: Date | null;
  /** The signing secret, encrypted (never read by the mappers). */
  @Column({ name: 'secret_sealed', type: 'text' }) secretSealed: string;
  /** The secret before the last rotation, still signing until previous_secret_expires_at. */
  @Column({ name: 'previous_secret_sealed', type: 'text', nullable: true }) previousSecretSealed: string | null;
  @Column({ name: 'previous_secret_expires_at', type: 'timestamptz', precision: 3, nullable: true }) previousSecretExpiresAt: Date | null;
}
