import { Desk, LedgerEntryKind, PaymentMethod } from '@hospital/contracts';
import { EntityManager } from 'typeorm';
import { LedgerEntryEntity } from './ledger-entry.entity';

export interface NewLedgerEntry {
  kind: LedgerEntryKind;
  /** Signed as LedgerEntryKind says; the table's check constraint refuses a wrong sign or zero. */
  amountFen: number;
  paymentMethod: PaymentMethod;
  desk: Desk;
  clerkId: string;
  at: Date;
  loanId: string;
}

/** Appends entries inside the caller's transaction, so money and the loan step commit together or not at all. */
export async function recordLedgerEntries(manager: EntityManager, entries: NewLedgerEntry[]): Promise<void> {
  if (entries.length === 0) return;
  await manager.insert(LedgerEntryEntity, entries);
}
