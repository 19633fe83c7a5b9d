export const DepositPatterns = {
  checkIn: 'deposit.deposits.check-in',
  list: 'deposit.deposits.list',
  get: 'deposit.deposits.get',
  lookup: 'deposit.deposits.lookup',
  claim: 'deposit.deposits.claim',
  reportLost: 'deposit.deposits.report-lost',
  unlock: 'deposit.deposits.unlock',
} as const;
