import { ComplaintStatus, ComplaintTimelineAction } from '@hospital/contracts';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One step on a complaint's timeline: append-only. */
@Entity({ name: 'complaint_events' })
export class ComplaintEventEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' }) id: string;
  @Column({ name: 'complaint_id', type: 'uuid' }) complaintId: string;
  @Column({ type: 'varchar', length: 20 }) action: ComplaintTimelineAction;
  @Column({ type: 'varchar', length: 20 }) status: ComplaintStatus;
  @Column({ name: 'actor_id', type: 'varchar', length: 64 }) actorId: string;
  @Column({ type: 'varchar', length: 2000, nullable: true }) note: string | null;
  @Column({ type: 'timestamptz', precision: 3 }) at: Date;
}
