import { FeedbackChannel, FollowUpStatus } from '@hospital/contracts';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A planned follow-up call (回访) to a discharged patient. */
@Entity({ name: 'follow_ups' })
export class FollowUpEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'patient_name', type: 'varchar', length: 50 }) patientName: string;
  @Column({ name: 'patient_phone', type: 'varchar', length: 20 }) patientPhone: string;
  @Column({ name: 'patient_department', type: 'varchar', length: 50, nullable: true }) patientDepartment: string | null;
  @Column({ name: 'discharged_on', type: 'date' }) dischargedOn: string;
  @Column({ name: 'due_on', type: 'date' }) dueOn: string;
  @Column({ type: 'varchar', length: 20 }) channel: FeedbackChannel;
  @Column({ type: 'varchar', length: 20 }) status: FollowUpStatus;
  @Column({ type: 'integer' }) attempts: number;
  @Column({ type: 'boolean', nullable: true }) satisfied: boolean | null;
  @Column({ type: 'varchar', length: 2000, nullable: true }) issues: string | null;
  @Column({ name: 'complaint_id', type: 'uuid', nullable: true }) complaintId: string | null;
  @Column({ name: 'planned_by', type: 'varchar', length: 64 }) plannedBy: string;
  @Column({ name: 'called_by', type: 'varchar', length: 64, nullable: true }) calledBy: string | null;
  @Column({ name: 'called_at', type: 'timestamptz', precision: 3, nullable: true }) calledAt: Date | null;
  @Column({ name: 'created_at', type: 'timestamptz', precision: 3 }) createdAt: Date;
}
