import { serviceEnvSchema } from '@hospital/platform';
import { z } from 'zod';
import { ComplaintDeadlineConfig } from './complaints/complaint-deadlines';

/** Queue group, Postgres schema and log label of this service. */
export const SERVICE_NAME = 'feedback';

const positive = z.coerce.number().positive();
const fen = z.coerce.number().int().min(0).max(100_000_000);

/** Every variable the feedback service reads: the platform's, and its own below. */
export const feedbackEnvSchema = serviceEnvSchema.extend({
  /** Hours to acknowledge a complaint. */
  COMPLAINT_ACK_HOURS: positive.default(24),
  /** Hours to acknowledge an urgent or major one (the fast lane). */
  COMPLAINT_ACK_HOURS_URGENT: positive.default(2),
  /** Working days (Monday to Friday, hospital time) to resolve a complaint; rounded to a whole day. */
  COMPLAINT_RESOLVE_WORKING_DAYS: positive.default(5),
  /** How often complaints are checked against their deadlines. */
  COMPLAINT_OVERDUE_SWEEP_SECONDS: z.coerce.number().min(1).default(60),
  /** Quarterly award amounts in fen (docs/domain.md §6.5: ¥100 a star, ¥500 a team, ¥100 supervision). */
  AWARD_STAR_STAFF_FEN: fen.default(10_000),
  AWARD_TEAM_FEN: fen.default(50_000),
  AWARD_SUPERVISION_FEN: fen.default(10_000),
});

export type FeedbackEnv = z.infer<typeof feedbackEnvSchema>;

/** Award amounts in fen, per award of the quarter. */
export interface AwardAmounts {
  starStaffFen: number;
  teamFen: number;
  supervisionFen: number;
}

/** What the feedback modules read: the validated settings in the shape they use them. */
export interface FeedbackConfig {
  complaintDeadlines: ComplaintDeadlineConfig;
  complaintSweepMs: number;
  awards: AwardAmounts;
}

export const FEEDBACK_CONFIG = Symbol('FEEDBACK_CONFIG');

export function feedbackConfig(env: FeedbackEnv): FeedbackConfig {
  return {
    complaintDeadlines: {
      ackHours: env.COMPLAINT_ACK_HOURS,
      ackHoursUrgent: env.COMPLAINT_ACK_HOURS_URGENT,
      resolveWorkingDays: Math.round(env.COMPLAINT_RESOLVE_WORKING_DAYS),
      timeZone: env.TZ_HOSPITAL,
    },
    complaintSweepMs: env.COMPLAINT_OVERDUE_SWEEP_SECONDS * 1000,
    awards: { starStaffFen: env.AWARD_STAR_STAFF_FEN, teamFen: env.AWARD_TEAM_FEN, supervisionFen: env.AWARD_SUPERVISION_FEN },
  };
}
