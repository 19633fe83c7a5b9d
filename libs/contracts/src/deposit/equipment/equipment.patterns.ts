/** The inventory of lending equipment (wheelchairs, airline chairs, umbrellas, flat carts). */
export const EquipmentPatterns = {
  list: 'deposit.equipment.list',
  add: 'deposit.equipment.add',
  setStatus: 'deposit.equipment.set-status',
} as const;

/** Loans of equipment against a deposit. */
export const LoanPatterns = {
  open: 'deposit.loan.open',
  return: 'deposit.loan.return',
  list: 'deposit.loan.list',
  get: 'deposit.loan.get',
} as const;
