import { OccurrenceOutcome } from '@hospital/contracts';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One time a schedule came round: the job it booked, or why it booked none. */
@Entity({ name: 'schedule_occurrences' })
export class ScheduleOccurrenceEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'schedule_id', type: 'uuid' })
  scheduleId: string;

  @Column({ name: 'occurs_at', type: 'timestamptz', precision: 3 })
  occursAt: Date;

  @Column({ type: 'varchar', length: 20 })
  outcome: OccurrenceOutcome;

  @Column({ name: 'task_id', type: 'uuid', nullable: true })
  taskId: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
