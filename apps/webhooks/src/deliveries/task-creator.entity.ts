import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Who raised each job, from `dispatch.task.created`: for step events emitted before they carried
 * `createdBy` (the fan-out reads the payload's first). Pruned with the delivery log.
 */
@Entity({ name: 'task_creators' })
export class TaskCreatorEntity {
  @PrimaryColumn('uuid', { name: 'task_id' }) taskId: string;
  @Column({ name: 'created_by', type: 'varchar', length: 64 }) createdBy: string;
  @Column({ name: 'recorded_at', type: 'timestamptz', precision: 3 }) recordedAt: Date;
}
