import { CreateTaskDto, HolidayPolicy, ScheduleStatus } from '@hospital/contracts';
import { VersionedEntity } from '@hospital/platform';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A recurring job: when (a cron expression in hospital time) and what (the job's template). */
@Entity({ name: 'task_schedules' })
export class TaskScheduleEntity extends VersionedEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 60 })
  name: string;

  @Column({ type: 'varchar', length: 100 })
  cron: string;

  @Column({ type: 'varchar', length: 10 })
  holidays: HolidayPolicy;

  @Column({ type: 'varchar', length: 10 })
  status: ScheduleStatus;

  /** Hospital days, YYYY-MM-DD. */
  @Column({ name: 'starts_on', type: 'date' })
  startsOn: string;

  @Column({ name: 'ends_on', type: 'date', nullable: true })
  endsOn: string | null;

  @Column({ type: 'jsonb' })
  template: CreateTaskDto;

  /** The first occurrence not booked yet; null when paused, ended, or past its last day. */
  @Column({ name: 'next_occurrence_at', type: 'timestamptz', precision: 3, nullable: true })
  nextOccurrenceAt: Date | null;

  @Column({ name: 'created_by', type: 'varchar', length: 64 })
  createdBy: string;
}
