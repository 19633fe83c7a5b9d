/** The money ledger of equipment deposits. */
export const LedgerPatterns = {
  day: 'deposit.ledger.day',
} as const;
