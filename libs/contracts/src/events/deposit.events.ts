/**
 * Events the deposit service emits (version 1 of each payload; the payload types live with their
 * context under libs/contracts/src/deposit/). No payload carries a name, phone or ID number.
 */
export const DepositEvents = {
  checkedIn: 'deposit.checked-in',
  released: 'deposit.released',
  lostReported: 'deposit.lost-reported',
  locked: 'deposit.locked',
  unclaimed: 'deposit.unclaimed',
  disposed: 'deposit.disposed',
  handoverDiscrepancy: 'deposit.handover-discrepancy',
  loanOpened: 'deposit.loan.opened',
  loanReturned: 'deposit.loan.returned',
  loanOverdue: 'deposit.loan.overdue',
} as const;
