import { Desk, LedgerEntryKind, PaymentMethod } from '@hospital/contracts';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One money movement. Append-only: a trigger refuses UPDATE, DELETE and TRUNCATE, so a mistake is
 * put right by a new entry, never by editing an old one. Signs: see LedgerEntryKind.
 */
@Entity({ name: 'ledger_entries' })
export class LedgerEntryEntity {
  /** Identity column, in write order; bigint comes back from pg as a string. */
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id: string;

  @Column({ type: 'varchar', length: 20 })
  kind: LedgerEntryKind;

  @Column({ name: 'amount_fen', type: 'integer' })
  amountFen: number;

  @Column({ name: 'payment_method', type: 'varchar', length: 20 })
  paymentMethod: PaymentMethod;

  @Column({ type: 'varchar', length: 20 })
  desk: Desk;

  @Column({ name: 'clerk_id', type: 'varchar', length: 64 })
  clerkId: string;

  @Column({ type: 'timestamptz', precision: 3 })
  at: Date;

  @Column({ name: 'loan_id', type: 'uuid' })
  loanId: string;
}
