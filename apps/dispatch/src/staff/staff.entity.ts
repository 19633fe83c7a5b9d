import { Group, Post, Shift } from '@hospital/contracts';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';

// Indexes for the list filters live in the migration.
@Entity({ name: 'staff' })
export class StaffEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'staff_no', type: 'varchar', length: 20, unique: true })
  staffNo: string;

  @Column({ type: 'varchar', length: 50 })
  name: string;

  @Column({ type: 'varchar', length: 20 })
  group: Group;

  @Column({ type: 'text', array: true })
  posts: Post[];

  @Column({ type: 'varchar', length: 20, nullable: true })
  phone: string | null;

  @Column({ type: 'boolean', default: true })
  active: boolean;

  /** The shift the person usually works; a clock-in without a shift is for this one. */
  @Column({ type: 'varchar', length: 20, default: Shift.Early })
  shift: Shift;

  /** How many jobs the person may carry at once. */
  @Column({ type: 'smallint', default: 2 })
  capacity: number;

  @VersionColumn()
  version: number;

  // Millisecond precision, so a keyset cursor built from a JS Date finds the row again.
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz', precision: 3 })
  updatedAt: Date;
}
