import { FeedbackChannel } from '../feedback/enums';
import { EventEnvelope } from './envelope';

/** Events the feedback service emits (version 1). No complainant's name or contact in any payload. */
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

/** A complaint's finding, with what evaluation needs: valid or not, and who was at fault. */
export interface ComplaintResolvedV1 {
  complaintId: string;
  number: string;
  valid: boolean;
  /** Staff found at fault (empty when none or invalid). */
  atFaultStaffIds: string[];
  atFaultDepartment: string | null;
  severity: string;
  category: string;
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
