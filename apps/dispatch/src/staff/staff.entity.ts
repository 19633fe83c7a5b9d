import { Group, Post, Shift } from '@hospital/contracts';
import { VersionedEntity } from '@hospital/platform';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

// Indexes for the list filters live in the migration.
@Entity({ name: 'staff' })
export class StaffEntity extends VersionedEntity {
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
}
