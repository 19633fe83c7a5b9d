import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A pause inside a duty session (open while ended_at is null): no auto-assignment, no manual
 * assignment. A partial unique index in the migration allows one open break per person, so two
 * clicks or two replicas cannot open two.
 */
@Entity({ name: 'duty_breaks' })
export class DutyBreakEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'staff_id', type: 'uuid' })
  staffId: string;

  @Column({ name: 'duty_session_id', type: 'uuid' })
  dutySessionId: string;

  @Column({ name: 'started_at', type: 'timestamptz', precision: 3 })
  startedAt: Date;

  @Column({ name: 'started_by', type: 'varchar', length: 64 })
  startedBy: string;

  @Column({ type: 'varchar', length: 200, nullable: true })
  reason: string | null;

  @Column({ name: 'ended_at', type: 'timestamptz', precision: 3, nullable: true })
  endedAt: Date | null;

  @Column({ name: 'ended_by', type: 'varchar', length: 64, nullable: true })
  endedBy: string | null;
}
