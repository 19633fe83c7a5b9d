import { ComplaintSeverity } from '@hospital/contracts';
import { loadEnv } from '@hospital/platform';
import { feedbackConfig, feedbackEnvSchema } from '../config';
import { complaintDeadlines } from './complaint-deadlines';

const required = { DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/hospital', NATS_URL: 'nats://127.0.0.1:4222', HEALTH_PORT: '8081' };
/** The deadline settings as the service reads them from its environment. */
const complaintDeadlinesFrom = (extra: Record<string, string>, timeZone: string) =>
  feedbackConfig(loadEnv(feedbackEnvSchema, { ...required, TZ_HOSPITAL: timeZone, ...extra })).complaintDeadlines;

const config = complaintDeadlinesFrom({}, 'Asia/Shanghai');

describe('complaint deadlines', () => {
  it('defaults to 24 h to acknowledge, 2 h when urgent or major, and 5 working days to resolve', () => {
    expect(config).toEqual({ ackHours: 24, ackHoursUrgent: 2, resolveWorkingDays: 5, timeZone: 'Asia/Shanghai' });
    const at = new Date('2026-11-23T02:00:00Z'); // Monday 10:00 in Shanghai
    expect(complaintDeadlines(at, ComplaintSeverity.Normal, config).acknowledgeDueAt.toISOString()).toBe('2026-11-24T02:00:00.000Z');
    expect(complaintDeadlines(at, ComplaintSeverity.Urgent, config).acknowledgeDueAt.toISOString()).toBe('2026-11-23T04:00:00.000Z');
    expect(complaintDeadlines(at, ComplaintSeverity.Major, config).acknowledgeDueAt.toISOString()).toBe('2026-11-23T04:00:00.000Z');
    // Monday + 5 working days is the next Monday, the weekend skipped.
    expect(complaintDeadlines(at, ComplaintSeverity.Normal, config).resolveDueAt.toISOString()).toBe('2026-11-30T02:00:00.000Z');
  });

  it('skips Saturday and Sunday as the hospital sees them, not as UTC does', () => {
    // Thursday 23:30 UTC is already Friday 07:30 in Shanghai: Mon, Tue, Wed, Thu, Fri → the next Friday.
    const fridayMorning = new Date('2026-11-26T23:30:00Z');
    expect(complaintDeadlines(fridayMorning, ComplaintSeverity.Normal, config).resolveDueAt.toISOString()).toBe('2026-12-03T23:30:00.000Z');
    // Received on a Saturday: the clock starts counting on Monday.
    const saturday = new Date('2026-11-28T02:00:00Z');
    expect(complaintDeadlines(saturday, ComplaintSeverity.Normal, config).resolveDueAt.toISOString()).toBe('2026-12-04T02:00:00.000Z');
  });

  it('reads the windows from the environment and refuses nonsense', () => {
    const custom = complaintDeadlinesFrom({ COMPLAINT_ACK_HOURS: '8', COMPLAINT_ACK_HOURS_URGENT: '1', COMPLAINT_RESOLVE_WORKING_DAYS: '1' }, 'Asia/Shanghai');
    const friday = new Date('2026-11-27T02:00:00Z');
    const due = complaintDeadlines(friday, ComplaintSeverity.Normal, custom);
    expect(due.acknowledgeDueAt.toISOString()).toBe('2026-11-27T10:00:00.000Z');
    expect(due.resolveDueAt.toISOString()).toBe('2026-11-30T02:00:00.000Z');
    expect(() => complaintDeadlinesFrom({ COMPLAINT_ACK_HOURS: '-3' }, 'Asia/Shanghai')).toThrow(/COMPLAINT_ACK_HOURS/);
  });
});
