import { ComplaintCategory, ComplaintDeadline, ComplaintSeverity, ComplaintStatus, FeedbackChannel } from '../feedback/enums';
import { EventEnvelope } from './envelope';

/** Events the feedback service emits, and their payloads (version 1). No complainant's name or contact in any payload. */
export const FeedbackEvents = {
  complaintReceived: 'feedback.complaint.received',
  complaintAssigned: 'feedback.complaint.assigned',
  complaintResolved: 'feedback.complaint.resolved',
  complaintClosed: 'feedback.complaint.closed',
  complaintOverdue: 'feedback.complaint.overdue',
  complaintEscalated: 'feedback.complaint.escalated',
  praiseReceived: 'feedback.praise.received',
  surveyAnswered: 'feedback.survey.answered',
} as const;

export interface ComplaintReceivedV1 {
  complaintId: string;
  number: string;
  channel: FeedbackChannel;
  category: ComplaintCategory;
  severity: ComplaintSeverity;
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
  severity: ComplaintSeverity;
  reason: string;
  by: string;
  at: string;
}
export type ComplaintEscalatedEvent = EventEnvelope<typeof FeedbackEvents.complaintEscalated, ComplaintEscalatedV1>;

export interface ComplaintOverdueV1 {
  complaintId: string;
  number: string;
  status: ComplaintStatus;
  /** The deadline that passed: acknowledging, or resolving. */
  deadline: ComplaintDeadline;
  dueAt: string;
  ownerId: string | null;
  at: string;
}
export type ComplaintOverdueEvent = EventEnvelope<typeof FeedbackEvents.complaintOverdue, ComplaintOverdueV1>;

/** A complaint's finding, with what evaluation needs: valid or not, and who was at fault. */
export interface ComplaintResolvedV1 {
  complaintId: string;
  number: string;
  valid: boolean;
  /** Staff found at fault (empty when none or invalid). */
  atFaultStaffIds: string[];
  atFaultDepartment: string | null;
  severity: ComplaintSeverity;
  category: ComplaintCategory;
  resolvedBy: string;
  at: string;
}
export type ComplaintResolvedEvent = EventEnvelope<typeof FeedbackEvents.complaintResolved, ComplaintResolvedV1>;

export interface PraiseReceivedV1 {
  praiseId: string;
  staffIds: string[];
  department: string | null;
  channel: FeedbackChannel;
  at: string;
}
export type PraiseReceivedEvent = EventEnvelope<typeof FeedbackEvents.praiseReceived, PraiseReceivedV1>;

/** One answered survey: its mean on the 1–5 questions, and whom it is about. */
export interface SurveyAnsweredV1 {
  responseId: string;
  surveyId: string;
  channel: FeedbackChannel;
  staffId: string | null;
  department: string | null;
  /** Mean of the Likert (1–5) answers; null when the survey has none. */
  likertMean: number | null;
  /** The NPS answer (0–10), when asked. */
  nps: number | null;
  at: string;
}
export type SurveyAnsweredEvent = EventEnvelope<typeof FeedbackEvents.surveyAnswered, SurveyAnsweredV1>;

/** Every event feedback emits, discriminated on `type`: what a typed reader of its subjects gets. */
export type FeedbackEvent =
  | ComplaintReceivedEvent
  | ComplaintAssignedEvent
  | ComplaintClosedEvent
  | ComplaintEscalatedEvent
  | ComplaintOverdueEvent
  | ComplaintResolvedEvent
  | PraiseReceivedEvent
  | SurveyAnsweredEvent;
