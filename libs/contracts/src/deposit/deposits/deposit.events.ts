import { EventEnvelope } from '../../events/envelope';
import { DepositEvents } from '../../events/deposit.events';
import { ClaimMethod, Desk } from '../enums';

// Staff ids only: no depositor's name, phone, ID number or pickup code in any payload.

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
