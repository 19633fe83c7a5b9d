import { Actor, hasAnyRole, LoanDto, LoanStatus, Role } from '@hospital/contracts';
import { maskName, maskPhone } from '@hospital/platform';
import { LoanEntity } from './loan.entity';

/**
 * Those who chase an overdue or missing unit see the borrower's name and phone in full. The desk
 * clerk has the borrower in front of them and needs only to recognise them: masked. The ID number
 * is never shown beyond its last four characters, because nothing more is kept.
 */
const SEES_BORROWER: readonly Role[] = [Role.Supervisor, Role.Manager, Role.Admin];

/** Returned after its due-back time, or still out past it at `now`. */
export function isOverdue(loan: Pick<LoanEntity, 'dueBackAt' | 'returnedAt'>, now: Date): boolean {
  return (loan.returnedAt ?? now).getTime() > loan.dueBackAt.getTime();
}

export function toLoanDto(loan: LoanEntity, actor: Actor, now = new Date()): LoanDto {
  const full = hasAnyRole(actor, SEES_BORROWER);
  return {
    id: loan.id,
    unitId: loan.unitId,
    unitCode: loan.unitCode,
    type: loan.type,
    desk: loan.desk,
    status: loan.returnedAt ? LoanStatus.Returned : LoanStatus.Open,
    borrower: {
      name: full ? loan.borrowerName : (maskName(loan.borrowerName) ?? ''),
      phone: full ? loan.borrowerPhone : (maskPhone(loan.borrowerPhone) ?? ''),
      idLast4: loan.borrowerIdLast4,
    },
    depositFen: loan.depositFen,
    defaultDepositFen: loan.defaultDepositFen,
    paymentMethod: loan.paymentMethod,
    dueBackAt: loan.dueBackAt.toISOString(),
    overdue: isOverdue(loan, now),
    overdueAt: loan.overdueAt?.toISOString() ?? null,
    openedBy: loan.openedBy,
    openedAt: loan.createdAt.toISOString(),
    returnedAt: loan.returnedAt?.toISOString() ?? null,
    returnedBy: loan.returnedBy,
    deductionFen: loan.deductionFen,
    deductionReason: loan.deductionReason,
    refundFen: loan.refundFen,
    refundMethod: loan.refundMethod,
    unitStatusAfterReturn: loan.unitStatusAfterReturn,
  };
}
