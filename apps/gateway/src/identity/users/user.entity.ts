import { Role } from '@hospital/contracts';
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

  /** argon2id PHC string; never leaves this module. */
  @Column({ name: 'password_hash', type: 'text' })
  passwordHash: string;

  @Column({ type: 'text', array: true })
  roles: Role[];

  @Column({ name: 'display_name', type: 'varchar', length: 120 })
  displayName: string;

  /** The staff member (dispatch schema) this account belongs to; no FK because it is another service's data. */
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
