import { Desk, EquipmentType, PaymentMethod, UnitStatusAfterReturn } from '@hospital/contracts';
import { VersionedEntity } from '@hospital/platform';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A unit lent against a deposit, from lending to return. The borrower's ID number is kept only as
 * a keyed hash plus its last four characters. The unit's code, type and desk are copied at lending
 * so the record reads the same whatever later happens to the unit.
 */
@Entity({ name: 'loans' })
export class LoanEntity extends VersionedEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'unit_id', type: 'uuid' })
  unitId: string;

  @Column({ name: 'unit_code', type: 'varchar', length: 20 })
  unitCode: string;

  @Column({ type: 'varchar', length: 20 })
  type: EquipmentType;

  @Column({ type: 'varchar', length: 20 })
  desk: Desk;

  @Column({ name: 'borrower_name', type: 'varchar', length: 50 })
  borrowerName: string;

  @Column({ name: 'borrower_phone', type: 'varchar', length: 20 })
  borrowerPhone: string;

  /** Hex HMAC-SHA256 of the borrower's ID number (KeyedHash), never the number. */
  @Column({ name: 'borrower_id_hash', type: 'char', length: 64 })
  borrowerIdHash: string;

  @Column({ name: 'borrower_id_last4', type: 'varchar', length: 4 })
  borrowerIdLast4: string;

  @Column({ name: 'deposit_fen', type: 'integer' })
  depositFen: number;

  /** The configured deposit of the type at lending; kept so an overridden amount stands out. */
  @Column({ name: 'default_deposit_fen', type: 'integer' })
  defaultDepositFen: number;

  /** Null when no deposit was taken. */
  @Column({ name: 'payment_method', type: 'varchar', length: 20, nullable: true })
  paymentMethod: PaymentMethod | null;

  @Column({ name: 'due_back_at', type: 'timestamptz', precision: 3 })
  dueBackAt: Date;

  @Column({ name: 'opened_by', type: 'varchar', length: 64 })
  openedBy: string;

  /** First found overdue: by the sweep while out, or at a late return the sweep had not yet seen. */
  @Column({ name: 'overdue_at', type: 'timestamptz', precision: 3, nullable: true })
  overdueAt: Date | null;

  @Column({ name: 'returned_at', type: 'timestamptz', precision: 3, nullable: true })
  returnedAt: Date | null;

  @Column({ name: 'returned_by', type: 'varchar', length: 64, nullable: true })
  returnedBy: string | null;

  @Column({ name: 'deduction_fen', type: 'integer', nullable: true })
  deductionFen: number | null;

  @Column({ name: 'deduction_reason', type: 'varchar', length: 500, nullable: true })
  deductionReason: string | null;

  @Column({ name: 'refund_fen', type: 'integer', nullable: true })
  refundFen: number | null;

  /** Null while open, and when nothing was refunded. */
  @Column({ name: 'refund_method', type: 'varchar', length: 20, nullable: true })
  refundMethod: PaymentMethod | null;

  @Column({ name: 'unit_status_after_return', type: 'varchar', length: 12, nullable: true })
  unitStatusAfterReturn: UnitStatusAfterReturn | null;
}
