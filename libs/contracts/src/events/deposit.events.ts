import { ClaimMethod, Desk, EquipmentType } from '../deposit/enums';
import { UnitStatusAfterReturn } from '../deposit/equipment/loan.dto';
import { DisposalTarget } from '../deposit/unclaimed/unclaimed.dto';
import { EventEnvelope } from './envelope';

/**
 * Events the deposit service emits, and their payloads (version 1 of each unless `DepositEventVersions`
 * says otherwise). Staff ids only: no depositor's or borrower's name, phone, ID number or pickup code
 * in any payload.
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

export interface DepositCheckedInV1 {
  id: string;
  ticketNo: string;
  desk: Desk;
  tagNo: number;
  pieceCount: number;
  /** The clerk who took it in (user id). */
  clerkId: string;
  at: string;
}

export interface DepositReleasedV1 {
  id: string;
  ticketNo: string;
  desk: Desk;
  tagNo: number;
  method: ClaimMethod;
  /** The clerk (or supervisor) who handed it back. */
  clerkId: string;
  /** The supervisor who approved a proxy claim; null otherwise. */
  approvedBy: string | null;
  at: string;
}

export interface DepositLostReportedV1 {
  id: string;
  ticketNo: string;
  desk: Desk;
  tagNo: number;
  clerkId: string;
  at: string;
}

/** Too many refused claims: only a supervisor can unlock it. */
export interface DepositLockedV1 {
  id: string;
  ticketNo: string;
  desk: Desk;
  tagNo: number;
  wrongAttempts: number;
  at: string;
}

export type DepositCheckedInEvent = EventEnvelope<typeof DepositEvents.checkedIn, DepositCheckedInV1>;
export type DepositReleasedEvent = EventEnvelope<typeof DepositEvents.released, DepositReleasedV1>;
export type DepositLostReportedEvent = EventEnvelope<typeof DepositEvents.lostReported, DepositLostReportedV1>;
export type DepositLockedEvent = EventEnvelope<typeof DepositEvents.locked, DepositLockedV1>;

/** A deposit passed the unclaimed limit (3 days) and became unclaimed property. */
export interface DepositUnclaimedV1 {
  id: string;
  ticketNo: string;
  desk: Desk;
  tagNo: number;
  checkedInAt: string;
  /** When the sweep marked it. */
  at: string;
}

/**
 * Unclaimed property handed to lost property or security. The free-text note stays in the
 * service: a clerk may have written a name in it, and no payload carries one.
 */
export interface DepositDisposedV1 {
  id: string;
  ticketNo: string;
  desk: Desk;
  tagNo: number;
  to: DisposalTarget;
  /** The supervisor who recorded it (user id). */
  disposedBy: string;
  at: string;
}

export type DepositUnclaimedEvent = EventEnvelope<typeof DepositEvents.unclaimed, DepositUnclaimedV1>;
export type DepositDisposedEvent = EventEnvelope<typeof DepositEvents.disposed, DepositDisposedV1>;

/** The payload version deposit emits of an event, where it is not 1. */
export const DepositEventVersions = {
  /** 2: the clerks are named by staff id (version 1 named their user accounts). */
  handoverDiscrepancy: 2,
} as const;

/**
 * A shift handover whose count or tags did not match the desk's records; evaluation books it on
 * the outgoing clerk. Version 2, emitted since accounts are linked to staff: both clerks are staff
 * ids (dispatch's roster, the ids of `GET /evaluation/staff/{staffId}/ledger`).
 */
export interface HandoverDiscrepancyV2 {
  handoverId: string;
  desk: Desk;
  /** The clerk who handed over: staff id. */
  outgoingClerkId: string;
  /** The clerk named to take over: staff id. */
  incomingClerkId: string;
  expectedCount: number;
  countedCount: number;
  missingTags: number[];
  extraTags: number[];
  at: string;
}

/**
 * Version 1, no longer emitted: the same fields, but the two clerks were their gateway user
 * account ids. Still in the stream's history; feedback keeps booking it on the user account.
 */
export interface HandoverDiscrepancyV1 {
  handoverId: string;
  desk: Desk;
  /** The clerk who handed over: user account id. */
  outgoingClerkId: string;
  /** The clerk named to take over: user account id. */
  incomingClerkId: string;
  expectedCount: number;
  countedCount: number;
  missingTags: number[];
  extraTags: number[];
  at: string;
}

/** What deposit emits now (version 2). */
export type HandoverDiscrepancyEvent = EventEnvelope<typeof DepositEvents.handoverDiscrepancy, HandoverDiscrepancyV2>;
/** A version-1 envelope, as a consumer reading older history may still receive it. */
export type HandoverDiscrepancyV1Event = EventEnvelope<typeof DepositEvents.handoverDiscrepancy, HandoverDiscrepancyV1>;

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

/** Every event deposit emits, discriminated on `type`: what a typed reader of its subjects gets. */
export type DepositEvent =
  | DepositCheckedInEvent
  | DepositReleasedEvent
  | DepositLostReportedEvent
  | DepositLockedEvent
  | DepositUnclaimedEvent
  | DepositDisposedEvent
  | HandoverDiscrepancyEvent
  | LoanOpenedEvent
  | LoanReturnedEvent
  | LoanOverdueEvent;
