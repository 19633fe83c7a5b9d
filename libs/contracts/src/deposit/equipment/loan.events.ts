import { EventEnvelope } from '../../events/envelope';
import { DepositEvents } from '../../events/deposit.events';
import { Desk, EquipmentType } from '../enums';
import { UnitStatusAfterReturn } from './loan.dto';

/** A unit lent against a deposit. No borrower data: consumers need the money and the unit, not the person. */
export interface LoanOpenedV1 {
  loanId: string;
  unitId: string;
  unitCode: string;
  type: EquipmentType;
  desk: Desk;
  depositFen: number;
  /** The clerk who lent it (user id). */
  clerkId: string;
  dueBackAt: string;
  at: string;
}

export interface LoanReturnedV1 {
  loanId: string;
  unitId: string;
  unitCode: string;
  type: EquipmentType;
  desk: Desk;
  depositFen: number;
  deductionFen: number;
  refundFen: number;
  /** Returned after its due-back time. */
  overdue: boolean;
  unitStatus: UnitStatusAfterReturn;
  /** The clerk who took it back (user id). */
  clerkId: string;
  at: string;
}

/** An open loan found past its due-back time; emitted once per loan. */
export interface LoanOverdueV1 {
  loanId: string;
  unitId: string;
  unitCode: string;
  type: EquipmentType;
  desk: Desk;
  dueBackAt: string;
  /** When the sweep flagged it. */
  at: string;
}

export type LoanOpenedEvent = EventEnvelope<typeof DepositEvents.loanOpened, LoanOpenedV1>;
export type LoanReturnedEvent = EventEnvelope<typeof DepositEvents.loanReturned, LoanReturnedV1>;
export type LoanOverdueEvent = EventEnvelope<typeof DepositEvents.loanOverdue, LoanOverdueV1>;
