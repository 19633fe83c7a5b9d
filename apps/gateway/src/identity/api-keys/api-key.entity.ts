import { Role } from '@hospital/contracts';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A credential for a hospital system (HIS, LIS...). Only a hash of the key is stored. */
@Entity({ name: 'api_keys' })
export class ApiKeyEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /**
   * The hospital system the key belongs to. Every rotation of its key keeps it, and it is the id
   * the services see as the caller, so what the system created stays readable by it.
   */
  @Column({ name: 'system_id', type: 'uuid' })
  systemId: string;

  /** What system uses the key, so an admin knows what breaks when revoking it. */
  @Column({ type: 'varchar', length: 80 })
  name: string;

  /** `hsp_` + 8 hex chars: the public part of the key, unique, used to find the row. */
  @Column({ type: 'varchar', length: 16, unique: true })
  prefix: string;

  /** SHA-256 hex of the whole key. The key has 256 random bits, so a slow hash would add nothing. */
  @Column({ name: 'secret_hash', type: 'char', length: 64 })
  secretHash: string;

  /** Always `['integration']`; a column (not a constant) so narrower key roles need no migration of data. */
  @Column({ type: 'text', array: true })
  roles: Role[];

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  /** Refreshed at most once a minute per key, so authentication does not write on every request. */
  @Column({ name: 'last_used_at', type: 'timestamptz', nullable: true })
  lastUsedAt: Date | null;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt: Date | null;

  /** After this the key is refused like a revoked one; null: until revoked. */
  @Column({ name: 'expires_at', type: 'timestamptz', nullable: true })
  expiresAt: Date | null;

  /** The key this one replaced in a rotation; the old one keeps working until it is revoked. */
  @Column({ name: 'rotated_from', type: 'uuid', nullable: true })
  rotatedFrom: string | null;
}
