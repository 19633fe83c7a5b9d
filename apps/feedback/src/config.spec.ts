import { loadEnv } from '@hospital/platform';
import { configErrorOf, variablesNamedIn } from '@hospital/service-testing';
import { feedbackConfig, feedbackEnvSchema } from './config';

/** What feedback cannot start without, so each case below varies only what it is about. */
const required = { DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/hospital', NATS_URL: 'nats://127.0.0.1:4222', HEALTH_PORT: '8083' };
const envWith = (extra: Record<string, string>) => loadEnv(feedbackEnvSchema, { ...required, ...extra });

describe('feedback configuration', () => {
  it('refuses every invalid setting at once, the platform’s and its own, in one message naming each', () => {
    const error = configErrorOf(() =>
      envWith({ COMPLAINT_ACK_HOURS: '-3', COMPLAINT_OVERDUE_SWEEP_SECONDS: '0', AWARD_TEAM_FEN: '1.5', EVENTS_MAX_DELIVER: '0' }),
    );
    expect(variablesNamedIn(error).sort()).toEqual(['AWARD_TEAM_FEN', 'COMPLAINT_ACK_HOURS', 'COMPLAINT_OVERDUE_SWEEP_SECONDS', 'EVENTS_MAX_DELIVER']);
  });

  it('shapes the settings for the modules: the sweep in milliseconds, awards in fen, whole working days', () => {
    expect(feedbackConfig(envWith({}))).toMatchObject({
      complaintSweepMs: 60_000,
      awards: { starStaffFen: 10_000, teamFen: 50_000, supervisionFen: 10_000 },
      complaintDeadlines: { ackHours: 24, ackHoursUrgent: 2, resolveWorkingDays: 5, timeZone: 'Asia/Shanghai' },
    });
    expect(feedbackConfig(envWith({ COMPLAINT_RESOLVE_WORKING_DAYS: '2.6', AWARD_STAR_STAFF_FEN: '20000', TZ_HOSPITAL: 'Asia/Urumqi' }))).toMatchObject({
      awards: { starStaffFen: 20_000 },
      complaintDeadlines: { resolveWorkingDays: 3, timeZone: 'Asia/Urumqi' },
    });
  });
});
