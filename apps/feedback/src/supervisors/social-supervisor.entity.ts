import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** 社会监督员: appointed from nearby employers; their ratings arrive as survey responses on channel SUPERVISOR. */
@Entity({ name: 'social_supervisors' })
export class SocialSupervisorEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 50 })
  name: string;

  /** Unique: it is how the registry (and the demo seed) recognises a person already registered. */
  @Column({ type: 'varchar', length: 20 })
  phone: string;

  @Column({ type: 'varchar', length: 100 })
  organisation: string;

  @Column({ name: 'appointed_on', type: 'date' })
  appointedOn: string;

  @Column({ type: 'boolean' })
  active: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz', precision: 3 })
  updatedAt: Date;
}
