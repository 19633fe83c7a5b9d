import { Role } from '@hospital/contracts';

export type AuthSource = 'local' | 'oidc';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/**
 * A person who signs in to the API. The table is created by the migration, never synchronised,
 * so the decorators here only map columns; constraints live in the migration.
 */
@Entity({ name: 'users' })
export class UserEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Stored lower-case (a CHECK enforces it) so `Dispatcher` and `dispatcher` are one account. */
  @Column({ type: 'varchar', length: 64, unique: true })
  username: string;

  /** argon2id PHC string; never leaves this module. Null for accounts of the hospital's identity provider. */
  @Column({ name: 'password_hash', type: 'text', nullable: true })
  passwordHash: string | null;

  /** Set for a temporary password (first admin, new account, reset): every route but changing it is refused. */
  @Column({ name: 'must_change_password', type: 'boolean', default: false })
  mustChangePassword: boolean;

  /** In every token; bumped by a password change, reset or disable, so older tokens stop working at once. */
  @Column({ name: 'session_version', type: 'integer', default: 0 })
  sessionVersion: number;

  /** `local`: the gateway's own login; `oidc`: signs in at the hospital's identity provider. */
  @Column({ name: 'auth_source', type: 'varchar', length: 8, default: 'local' })
  authSource: AuthSource;

  @Column({ name: 'external_issuer', type: 'text', nullable: true })
  externalIssuer: string | null;

  /** The provider's `sub`: the account is found by it, so a renamed user at the provider stays the same account. */
  @Column({ name: 'external_subject', type: 'text', nullable: true })
  externalSubject: string | null;

  @Column({ name: 'password_changed_at', type: 'timestamptz', nullable: true })
  passwordChangedAt: Date | null;

  @Column({ name: 'disabled_at', type: 'timestamptz', nullable: true })
  disabledAt: Date | null;

  @Column({ name: 'last_login_at', type: 'timestamptz', nullable: true })
  lastLoginAt: Date | null;

  @Column({ type: 'text', array: true })
  roles: Role[];

  @Column({ name: 'display_name', type: 'varchar', length: 120 })
  displayName: string;

  /** The staff member (dispatch schema) this account acts as; no FK because it is another service's data. Unique. */
  @Column({ name: 'staff_id', type: 'uuid', nullable: true })
  staffId: string | null;

  /** Deactivate instead of delete, so API keys and audit trails keep pointing at a real row. */
  @Column({ type: 'boolean', default: true })
  active: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
