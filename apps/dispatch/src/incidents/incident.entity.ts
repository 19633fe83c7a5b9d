import { IncidentKind, IncidentSeverity } from '@hospital/contracts';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity({ name: 'incidents' })
export class IncidentEntity {
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

  @Column({ name: 'reported_by', type: 'varchar', length: 64 })
  reportedBy: string;

  @Column({ name: 'reported_at', type: 'timestamptz', precision: 3 })
  reportedAt: Date;
}
