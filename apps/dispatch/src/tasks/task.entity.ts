import { Group, TaskDetails, TaskPriority, TaskStatus, TaskType } from '@hospital/contracts';
import { VersionedEntity } from '@hospital/platform';
import { Column, Entity, OneToMany, PrimaryGeneratedColumn } from 'typeorm';
import { TaskEventEntity } from './task-event.entity';

export interface TaskLocation {
  department: string;
  ward?: string;
  bed?: string;
}

export interface TaskRequester {
  department: string;
  contactName?: string;
  phone?: string;
}

// Indexes (one per list filter, each ending in the keyset order) live in the migration.
@Entity({ name: 'tasks' })
export class TaskEntity extends VersionedEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 20, unique: true })
  number: string;

  @Column({ type: 'varchar', length: 30 })
  type: TaskType;

  @Column({ type: 'varchar', length: 10 })
  priority: TaskPriority;

  @Column({ type: 'varchar', length: 20 })
  status: TaskStatus;

  @Column({ type: 'varchar', length: 20 })
  group: Group;

  @Column({ type: 'jsonb' })
  origin: TaskLocation;

  @Column({ type: 'jsonb' })
  destination: TaskLocation;

  @Column({ type: 'jsonb' })
  requester: TaskRequester;

  @Column({ type: 'varchar', length: 500, nullable: true })
  notes: string | null;

  /** The type's own details under the property named for it, e.g. `{ "specimen": { … } }`. */
  @Column({ type: 'jsonb', default: {} })
  details: TaskDetails | Record<string, never>;

  @Column({ name: 'fee_fen', type: 'integer', nullable: true })
  feeFen: number | null;

  @Column({ name: 'created_by', type: 'varchar', length: 64 })
  createdBy: string;

  @Column({ name: 'assignee_id', type: 'uuid', nullable: true })
  assigneeId: string | null;

  @Column({ name: 'due_at', type: 'timestamptz', precision: 3 })
  dueAt: Date;

  @Column({ name: 'handed_over_by', type: 'varchar', length: 100, nullable: true })
  handedOverBy: string | null;

  @Column({ name: 'received_by', type: 'varchar', length: 100, nullable: true })
  receivedBy: string | null;

  @Column({ name: 'completed_at', type: 'timestamptz', precision: 3, nullable: true })
  completedAt: Date | null;

  /** The first acceptance (a reassigned job keeps it): the end of its response time. */
  @Column({ name: 'accepted_at', type: 'timestamptz', precision: 3, nullable: true })
  acceptedAt: Date | null;

  @Column({ name: 'overdue_at', type: 'timestamptz', precision: 3, nullable: true })
  overdueAt: Date | null;

  /** A booked job's time (when it is wanted done); null for a job wanted at once. */
  @Column({ name: 'scheduled_for', type: 'timestamptz', precision: 3, nullable: true })
  scheduledFor: Date | null;

  /** When a booked job enters the queue: its lead time before `scheduledFor`. */
  @Column({ name: 'release_at', type: 'timestamptz', precision: 3, nullable: true })
  releaseAt: Date | null;

  /** When the job entered the queue (registration, or a booking's release); null while SCHEDULED. KPIs run from here. */
  @Column({ name: 'queued_at', type: 'timestamptz', precision: 3, nullable: true })
  queuedAt: Date | null;


  @OneToMany(() => TaskEventEntity, (event) => event.task)
  timeline?: TaskEventEntity[];
}
