import { Shift } from '@hospital/contracts';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One stretch on duty, from clock-in to clock-out (open while clocked_out_at is null). A partial
 * unique index in the migration allows one open session per person.
 */
@Entity({ name: 'duty_sessions' })
export class DutySessionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'staff_id', type: 'uuid' })
  staffId: string;

  @Column({ type: 'varchar', length: 20 })
  shift: Shift;

  /** Scheduled start and end of the shift occurrence clocked in for; kept so lateness never depends on later config. */
  @Column({ name: 'shift_start', type: 'timestamptz', precision: 3 })
  shiftStart: Date;

  @Column({ name: 'shift_end', type: 'timestamptz', precision: 3 })
  shiftEnd: Date;

  @Column({ name: 'clocked_in_at', type: 'timestamptz', precision: 3 })
  clockedInAt: Date;

  @Column({ name: 'clocked_in_by', type: 'varchar', length: 64 })
  clockedInBy: string;

  @Column({ name: 'clock_in_note', type: 'varchar', length: 200, nullable: true })
  clockInNote: string | null;

  @Column({ name: 'clocked_out_at', type: 'timestamptz', precision: 3, nullable: true })
  clockedOutAt: Date | null;

  @Column({ name: 'clocked_out_by', type: 'varchar', length: 64, nullable: true })
  clockedOutBy: string | null;

  @Column({ name: 'clock_out_note', type: 'varchar', length: 200, nullable: true })
  clockOutNote: string | null;
}
