import { FeedbackChannel } from '@hospital/contracts';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity({ name: 'praises' })
export class PraiseEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'varchar', length: 20 }) channel: FeedbackChannel;
  @Column({ name: 'staff_ids', type: 'uuid', array: true }) staffIds: string[];
  @Column({ type: 'varchar', length: 50, nullable: true }) department: string | null;
  @Column({ type: 'varchar', length: 2000 }) text: string;
  @Column({ name: 'recorded_by', type: 'varchar', length: 64 }) recordedBy: string;
  @Column({ name: 'created_at', type: 'timestamptz', precision: 3 }) createdAt: Date;
}
