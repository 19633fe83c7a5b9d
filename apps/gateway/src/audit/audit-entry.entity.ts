import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type AuditActorKind = 'user' | 'api_key' | 'anonymous' | 'system';

/**
 * One line of the audit log (table `audit_log`, created by its migration). Append-only: the
 * database refuses UPDATE, and DELETE outside the retention sweep, so nothing here is ever saved twice.
 */
@Entity({ name: 'audit_log' })
export class AuditEntryEntity {
  /** bigint: TypeORM hands it over as a decimal string. */
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id: string;

  /** The database's now(): the start of the transaction that wrote it. */
  @Column({ type: 'timestamptz', default: () => 'now()' })
  at: Date;

  /** User id, API key id, `anonymous` or `system`. */
  @Column({ name: 'actor_id', type: 'text' })
  actorId: string;

  @Column({ name: 'actor_kind', type: 'text' })
  actorKind: AuditActorKind;

  /** Username or API key name at the time: kept, so a renamed or removed account still reads. */
  @Column({ name: 'actor_name', type: 'text' })
  actorName: string;

  /** `<resource>.<verb>`, e.g. `user.create`, `deposit.read`. */
  @Column({ type: 'text' })
  action: string;

  @Column({ name: 'target_type', type: 'text' })
  targetType: string;

  @Column({ name: 'target_id', type: 'text', nullable: true })
  targetId: string | null;

  /** Never a secret: keys named like password, secret, token or key are stripped before writing. */
  @Column({ type: 'jsonb', default: () => `'{}'::jsonb` })
  details: Record<string, unknown>;

  @Column({ type: 'inet', nullable: true })
  ip: string | null;

  @Column({ name: 'request_id', type: 'text', nullable: true })
  requestId: string | null;
}
