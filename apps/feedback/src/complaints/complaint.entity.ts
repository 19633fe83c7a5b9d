import { ComplaintCategory, ComplaintDeadline, ComplaintSeverity, ComplaintStatus, FeedbackChannel } from '@hospital/contracts';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity({ name: 'complaints' })
export class ComplaintEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'varchar', length: 20 }) number: string;
  @Column({ type: 'varchar', length: 20 }) status: ComplaintStatus;
  @Column({ type: 'varchar', length: 20 }) channel: FeedbackChannel;
  @Column({ name: 'complainant_name', type: 'varchar', length: 50, nullable: true }) complainantName: string | null;
  @Column({ name: 'complainant_phone', type: 'varchar', length: 20, nullable: true }) complainantPhone: string | null;
  @Column({ type: 'varchar', length: 50, nullable: true }) department: string | null;
  @Column({ name: 'staff_id', type: 'uuid', nullable: true }) staffId: string | null;
  @Column({ type: 'varchar', length: 20 }) category: ComplaintCategory;
  @Column({ type: 'varchar', length: 10 }) severity: ComplaintSeverity;
  @Column({ type: 'varchar', length: 4000 }) description: string;
  @Column({ name: 'owner_id', type: 'varchar', length: 64, nullable: true }) ownerId: string | null;
  @Column({ name: 'recorded_by', type: 'varchar', length: 64 }) recordedBy: string;
  @Column({ name: 'created_at', type: 'timestamptz', precision: 3 }) createdAt: Date;
  @Column({ name: 'acknowledge_due_at', type: 'timestamptz', precision: 3 }) acknowledgeDueAt: Date;
  @Column({ name: 'resolve_due_at', type: 'timestamptz', precision: 3 }) resolveDueAt: Date;
  @Column({ name: 'overdue_at', type: 'timestamptz', precision: 3, nullable: true }) overdueAt: Date | null;
  @Column({ name: 'overdue_deadline', type: 'varchar', length: 20, nullable: true }) overdueDeadline: ComplaintDeadline | null;
  @Column({ name: 'escalated_at', type: 'timestamptz', precision: 3, nullable: true }) escalatedAt: Date | null;
  @Column({ name: 'escalation_reason', type: 'varchar', length: 1000, nullable: true }) escalationReason: string | null;
  @Column({ type: 'boolean', nullable: true }) valid: boolean | null;
  @Column({ name: 'at_fault_staff_ids', type: 'uuid', array: true, nullable: true }) atFaultStaffIds: string[] | null;
  @Column({ name: 'at_fault_department', type: 'varchar', length: 50, nullable: true }) atFaultDepartment: string | null;
  @Column({ name: 'corrective_action', type: 'varchar', length: 2000, nullable: true }) correctiveAction: string | null;
  @Column({ name: 'resolved_by', type: 'varchar', length: 64, nullable: true }) resolvedBy: string | null;
  @Column({ name: 'resolved_at', type: 'timestamptz', precision: 3, nullable: true }) resolvedAt: Date | null;
  @Column({ name: 'reply_message', type: 'varchar', length: 2000, nullable: true }) replyMessage: string | null;
  @Column({ name: 'reply_channel', type: 'varchar', length: 20, nullable: true }) replyChannel: FeedbackChannel | null;
  @Column({ name: 'replied_at', type: 'timestamptz', precision: 3, nullable: true }) repliedAt: Date | null;
  @Column({ name: 'follow_up_id', type: 'uuid', nullable: true }) followUpId: string | null;
}
