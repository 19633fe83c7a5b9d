import { LedgerEntryDto } from '@hospital/contracts';
import { LedgerEntryEntity } from './ledger-entry.entity';

export function toLedgerEntryDto(entry: LedgerEntryEntity): LedgerEntryDto {
  return {
    id: String(entry.id),
    kind: entry.kind,
    amountFen: entry.amountFen,
    paymentMethod: entry.paymentMethod,
    desk: entry.desk,
    clerkId: entry.clerkId,
    at: entry.at.toISOString(),
    loanId: entry.loanId,
  };
}
