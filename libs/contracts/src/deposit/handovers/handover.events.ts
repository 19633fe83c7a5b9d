import { EventEnvelope } from '../../events/envelope';
import { DepositEvents } from '../../events/deposit.events';
import { Desk } from '../enums';

/** A shift handover whose count or tags did not match the desk's records; evaluation reads it. */
export interface HandoverDiscrepancyV1 {
  handoverId: string;
  desk: Desk;
  outgoingClerkId: string;
  incomingClerkId: string;
  expectedCount: number;
  countedCount: number;
  missingTags: number[];
  extraTags: number[];
  at: string;
}

export type HandoverDiscrepancyEvent = EventEnvelope<typeof DepositEvents.handoverDiscrepancy, HandoverDiscrepancyV1>;
