import { IncidentKind, IncidentSeverity, IncidentStatus } from '@hospital/contracts';
import { VersionedEntity } from '@hospital/platform';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** 差错 on a job (docs/domain.md §3.9): who reported it, whom it names, and whether the floor confirmed it. */
@Entity({ name: 'incidents' })
export class IncidentEntity extends VersionedEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'task_id', type: 'uuid' })
  taskId: string;

  @Column({ type: 'varchar', length: 30 })
  kind: IncidentKind;

  @Column({ type: 'varchar', length: 10 })
  severity: IncidentSeverity;

  @Column({ type: 'varchar', length: 2000 })
  description: string;

  @Column({ name: 'staff_ids', type: 'uuid', array: true })
  staffIds: string[];

  @Column({ type: 'varchar', length: 10 })
  status: IncidentStatus;

  @Column({ name: 'reported_by', type: 'varchar', length: 64 })
  reportedBy: string;

  /** The reporter's staff member; null for a system or an account not linked to staff. */
  @Column({ name: 'reported_by_staff_id', type: 'uuid', nullable: true })
  reportedByStaffId: string | null;

  @Column({ name: 'reported_at', type: 'timestamptz', precision: 3 })
  reportedAt: Date;

  /** Who confirmed or dismissed a PENDING report, when, and their note or reason. */
  @Column({ name: 'reviewed_by', type: 'varchar', length: 64, nullable: true })
  reviewedBy: string | null;

  @Column({ name: 'reviewed_at', type: 'timestamptz', precision: 3, nullable: true })
  reviewedAt: Date | null;

  @Column({ name: 'review_note', type: 'varchar', length: 500, nullable: true })
  reviewNote: string | null;
}
