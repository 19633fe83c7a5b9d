import { ClaimMethod, Desk, DepositStatus, ItemCategory, StoragePlaceKind } from '@hospital/contracts';
import { VersionedEntity } from '@hospital/platform';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One bag (or set of pieces) left at a desk, from check-in to release or disposal. The ID number
 * and the pickup code are kept only as keyed hashes (plus the ID's last four characters).
 * Indexes (the tag-in-use guard, the code look-up, one per list filter) live in the migration.
 */
@Entity({ name: 'deposits' })
export class DepositEntity extends VersionedEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Human-readable, per desk and hospital day, e.g. ZY20261123-0001. */
  @Column({ name: 'ticket_no', type: 'varchar', length: 24, unique: true })
  ticketNo: string;

  @Column({ type: 'varchar', length: 20 })
  desk: Desk;

  @Column({ name: 'tag_no', type: 'integer' })
  tagNo: number;

  @Column({ name: 'place_kind', type: 'varchar', length: 20 })
  placeKind: StoragePlaceKind;

  @Column({ name: 'place_label', type: 'varchar', length: 20 })
  placeLabel: string;

  @Column({ type: 'varchar', length: 20 })
  status: DepositStatus;

  @Column({ name: 'depositor_name', type: 'varchar', length: 50 })
  depositorName: string;

  @Column({ name: 'depositor_phone', type: 'varchar', length: 20 })
  depositorPhone: string;

  /** Hex HMAC-SHA256 of the depositor's ID number (KeyedHash), never the number. */
  @Column({ name: 'id_hash', type: 'char', length: 64 })
  idHash: string;

  @Column({ name: 'id_last4', type: 'varchar', length: 4 })
  idLast4: string;

  @Column({ type: 'varchar', length: 500 })
  description: string;

  @Column({ name: 'piece_count', type: 'integer' })
  pieceCount: number;

  /** Locked or sealed by the depositor; when false the center is not liable (docs/domain.md §4.4). */
  @Column({ type: 'boolean' })
  sealed: boolean;

  @Column({ type: 'text', array: true })
  categories: ItemCategory[];

  /** Hex HMAC-SHA256 of the pickup code; the code itself is shown once, on the ticket. */
  @Column({ name: 'pickup_code_hash', type: 'char', length: 64 })
  pickupCodeHash: string;

  /** Wrong codes (or wrong ID numbers) since check-in or the last unlock. */
  @Column({ name: 'wrong_code_count', type: 'integer', default: 0 })
  wrongCodeCount: number;

  @Column({ name: 'checked_in_by', type: 'varchar', length: 64 })
  checkedInBy: string;

  @Column({ name: 'checked_in_at', type: 'timestamptz', precision: 3 })
  checkedInAt: Date;

  @Column({ name: 'released_at', type: 'timestamptz', precision: 3, nullable: true })
  releasedAt: Date | null;

  @Column({ name: 'released_by', type: 'varchar', length: 64, nullable: true })
  releasedBy: string | null;

  @Column({ name: 'claim_method', type: 'varchar', length: 20, nullable: true })
  claimMethod: ClaimMethod | null;

  /** A proxy's name; null when the depositor collected in person. */
  @Column({ name: 'claimed_by_name', type: 'varchar', length: 50, nullable: true })
  claimedByName: string | null;

  /** The supervisor who approved a proxy claim. */
  @Column({ name: 'approved_by', type: 'varchar', length: 64, nullable: true })
  approvedBy: string | null;

  @Column({ name: 'lost_reported_at', type: 'timestamptz', precision: 3, nullable: true })
  lostReportedAt: Date | null;

  @Column({ name: 'lost_reported_by', type: 'varchar', length: 64, nullable: true })
  lostReportedBy: string | null;

  /** When too many wrong codes locked it (the last time, if it was unlocked since). */
  @Column({ name: 'locked_at', type: 'timestamptz', precision: 3, nullable: true })
  lockedAt: Date | null;

  /** The last unlock by a supervisor (locked_at stays, so the row shows it was locked). */
  @Column({ name: 'unlocked_at', type: 'timestamptz', precision: 3, nullable: true })
  unlockedAt: Date | null;

  @Column({ name: 'unlocked_by', type: 'varchar', length: 64, nullable: true })
  unlockedBy: string | null;

  @Column({ name: 'unclaimed_at', type: 'timestamptz', precision: 3, nullable: true })
  unclaimedAt: Date | null;

  @Column({ name: 'disposed_at', type: 'timestamptz', precision: 3, nullable: true })
  disposedAt: Date | null;

  @Column({ name: 'disposed_by', type: 'varchar', length: 64, nullable: true })
  disposedBy: string | null;

  /** Who received an unclaimed deposit (lost property, security). */
  @Column({ name: 'disposal_to', type: 'varchar', length: 30, nullable: true })
  disposalTo: string | null;

  @Column({ name: 'disposal_note', type: 'varchar', length: 500, nullable: true })
  disposalNote: string | null;
}
