import { FeedbackChannel } from '../enums';
import { EventEnvelope } from '../../events/envelope';
import { FeedbackEvents } from '../../events/feedback.events';
import { ComplaintDeadline } from './complaint.patterns';

/** The payloads of the complaint events other than `resolved` (ComplaintResolvedV1). None carries complainant data. */
export interface ComplaintReceivedV1 {
  complaintId: string;
  number: string;
  channel: FeedbackChannel;
  category: string;
  severity: string;
  staffId: string | null;
  department: string | null;
  /** Null when nobody owns it yet (an anonymous public submission). */
  ownerId: string | null;
  at: string;
}
export type ComplaintReceivedEvent = EventEnvelope<typeof FeedbackEvents.complaintReceived, ComplaintReceivedV1>;

export interface ComplaintAssignedV1 {
  complaintId: string;
  number: string;
  fromOwnerId: string | null;
  ownerId: string;
  reason: string;
  by: string;
  at: string;
}
export type ComplaintAssignedEvent = EventEnvelope<typeof FeedbackEvents.complaintAssigned, ComplaintAssignedV1>;

export interface ComplaintClosedV1 {
  complaintId: string;
  number: string;
  closedBy: string;
  at: string;
}
export type ComplaintClosedEvent = EventEnvelope<typeof FeedbackEvents.complaintClosed, ComplaintClosedV1>;

export interface ComplaintEscalatedV1 {
  complaintId: string;
  number: string;
  severity: string;
  reason: string;
  by: string;
  at: string;
}
export type ComplaintEscalatedEvent = EventEnvelope<typeof FeedbackEvents.complaintEscalated, ComplaintEscalatedV1>;

export interface ComplaintOverdueV1 {
  complaintId: string;
  number: string;
  status: string;
  /** The deadline that passed: acknowledging, or resolving. */
  deadline: ComplaintDeadline;
  dueAt: string;
  ownerId: string | null;
  at: string;
}
export type ComplaintOverdueEvent = EventEnvelope<typeof FeedbackEvents.complaintOverdue, ComplaintOverdueV1>;
