import { EventEnvelope } from '../../events/envelope';
import { DepositEvents } from '../../events/deposit.events';
import { Desk } from '../enums';
import { DisposalTarget } from './unclaimed.dto';

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
