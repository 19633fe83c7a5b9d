import { Group, Post } from '@hospital/contracts';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Feedback's copy of the staff directory, kept from dispatch's staff events: complaints name
 * staff, and evaluation scores them, without calling dispatch for every lookup.
 */
@Entity({ name: 'staff_directory' })
export class StaffDirectoryEntry {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ name: 'staff_no', type: 'varchar', length: 20 })
  staffNo: string;

  @Column({ type: 'varchar', length: 50 })
  name: string;

  @Column({ type: 'varchar', length: 20 })
  group: Group;

  @Column({ type: 'text', array: true })
  posts: Post[];

  @Column({ type: 'boolean' })
  active: boolean;

  /** Dispatch's version of the row: an older snapshot arriving late never overwrites a newer one. */
  @Column({ type: 'integer' })
  version: number;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
