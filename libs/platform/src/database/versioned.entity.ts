import { CreateDateColumn, UpdateDateColumn, VersionColumn } from 'typeorm';

/**
 * The columns every row two people can change carries: a version (optimistic locking: a stale
 * write changes nothing) and when it was created and last changed. Millisecond precision, so a
 * keyset cursor built from a JS Date finds the row again. The migration creates the columns
 * (`version` integer, `created_at` and `updated_at` timestamptz(3)); an entity extends this.
 */
export abstract class VersionedEntity {
  @VersionColumn()
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz', precision: 3 })
  updatedAt: Date;
}
