export const HandoverPatterns = {
  create: 'deposit.handover.create',
  get: 'deposit.handover.get',
  list: 'deposit.handover.list',
  confirm: 'deposit.handover.confirm',
  resolve: 'deposit.handover.resolve',
} as const;
