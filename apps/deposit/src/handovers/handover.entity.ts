import { Desk, HandoverStatus } from '@hospital/contracts';
import { VersionedEntity } from '@hospital/platform';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A shift handover at a desk (交接班记录). Constraints and indexes live in the migration. */
@Entity({ name: 'handovers' })
export class HandoverEntity extends VersionedEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 20 })
  desk: Desk;

  @Column({ type: 'varchar', length: 20 })
  status: HandoverStatus;

  /**
   * The clerk handing over: a staff id (dispatch's roster). Rows recorded before accounts were linked
   * to staff hold the clerk's user id; they are kept as recorded, since nothing maps them.
   */
  @Column({ name: 'outgoing_clerk_id', type: 'varchar', length: 64 })
  outgoingClerkId: string;

  /** The clerk taking over: a staff id (a user id on rows recorded before, as above). */
  @Column({ name: 'incoming_clerk_id', type: 'varchar', length: 64 })
  incomingClerkId: string;

  @Column({ name: 'counted_count', type: 'integer' })
  countedCount: number;

  @Column({ name: 'counted_tags', type: 'integer', array: true })
  countedTags: number[];

  /** What the desk held by the records when the handover was recorded. */
  @Column({ name: 'expected_count', type: 'integer' })
  expectedCount: number;

  @Column({ name: 'missing_tags', type: 'integer', array: true })
  missingTags: number[];

  @Column({ name: 'extra_tags', type: 'integer', array: true })
  extraTags: number[];

  @Column({ type: 'varchar', length: 500, nullable: true })
  note: string | null;

  @Column({ name: 'confirmed_at', type: 'timestamptz', precision: 3, nullable: true })
  confirmedAt: Date | null;

  /** The supervisor's user id: an audit of who resolved it. */
  @Column({ name: 'resolved_by', type: 'varchar', length: 64, nullable: true })
  resolvedBy: string | null;

  @Column({ name: 'resolved_at', type: 'timestamptz', precision: 3, nullable: true })
  resolvedAt: Date | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  resolution: string | null;
}
