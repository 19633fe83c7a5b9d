import { TaskPriority, TaskType } from '@hospital/contracts';
import { loadEnv } from '@hospital/platform';
import { configErrorOf } from '@hospital/service-testing';
import { DEFAULT_DUE_MINUTES, dispatchConfig, dispatchEnvSchema, dueTableOf, leadTableOf } from './config';

/** The variables every service needs, so each case below varies only what it is about. */
const required = { DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/hospital', NATS_URL: 'nats://127.0.0.1:4222', HEALTH_PORT: '8081' };
const envWith = (extra: Record<string, string>) => loadEnv(dispatchEnvSchema, { ...required, ...extra });
/** The deadline minutes by priority, as every job type without a cell of its own gets them. */
const dueMinutesFrom = (extra: Record<string, string>) => dueTableOf(envWith(extra))[TaskType.Specimen];

const configError = (extra: Record<string, string>) => configErrorOf(() => envWith(extra));

describe('dispatch configuration', () => {
  it('refuses every invalid setting at once, in one message naming each variable', () => {
    const { message } = configError({ OVERDUE_SWEEP_SECONDS: 'abc', TASK_DUE_MINUTES_STAT: '-3', STATS_CACHE_SECONDS: '301', DATABASE_POOL_SIZE: '0', HEALTH_PORT: '' });
    expect(message.split('\n')[0]).toBe('Invalid configuration:');
    for (const name of ['OVERDUE_SWEEP_SECONDS', 'TASK_DUE_MINUTES_STAT', 'STATS_CACHE_SECONDS', 'DATABASE_POOL_SIZE', 'HEALTH_PORT']) {
      expect(message).toMatch(new RegExp(`^  ${name}: `, 'm'));
    }
    expect(message).toContain('HEALTH_PORT: is required but not set');
  });

  it('shapes the settings for the modules: fee in fen, sweep and cache in milliseconds', () => {
    expect(dispatchConfig(envWith({}))).toMatchObject({ fees: { patientTransportFen: 1000 }, overdueSweepMs: 30_000, statsCacheMs: 5_000 });
    expect(dispatchConfig(envWith({ PATIENT_TRANSPORT_FEE_FEN: '1500', OVERDUE_SWEEP_SECONDS: '5', STATS_CACHE_SECONDS: '0' }))).toMatchObject({
      fees: { patientTransportFen: 1500 },
      overdueSweepMs: 5_000,
      statsCacheMs: 0,
    });
  });

  describe('lead times of booked jobs (TASK_LEAD_MINUTES_*)', () => {
    it('default to the deadline window of the same cell, including a cell of its own', () => {
      const lead = leadTableOf(envWith({ TASK_DUE_MINUTES_LINEN_ROUTINE: '240' }));
      expect(lead[TaskType.Specimen]).toEqual({ STAT: 15, URGENT: 30, ROUTINE: 120 });
      expect(lead[TaskType.Linen][TaskPriority.Routine]).toBe(240);
    });

    it('the most specific setting wins: the cell, then the priority', () => {
      const lead = leadTableOf(envWith({ TASK_LEAD_MINUTES_ROUTINE: '60', TASK_LEAD_MINUTES_PATIENT_TRANSPORT_ROUTINE: '45' }));
      expect(lead[TaskType.PatientTransport][TaskPriority.Routine]).toBe(45);
      expect(lead[TaskType.Drug][TaskPriority.Routine]).toBe(60);
      expect(lead[TaskType.Drug][TaskPriority.Stat]).toBe(15);
    });

    it('refuses a lead time outside 1–1440 minutes and a horizon outside 1–366 days, naming them', () => {
      const { message } = configError({ TASK_LEAD_MINUTES_STAT: '0', TASK_BOOKING_HORIZON_DAYS: '400' });
      expect(message).toMatch(/^ {2}TASK_LEAD_MINUTES_STAT: /m);
      expect(message).toMatch(/^ {2}TASK_BOOKING_HORIZON_DAYS: /m);
    });

    it('shapes the booking settings in milliseconds', () => {
      expect(dispatchConfig(envWith({}))).toMatchObject({ bookingHorizonMs: 30 * 86_400_000, releaseSweepMs: 15_000, scheduleLookaheadMs: 24 * 3_600_000, scheduleSweepMs: 60_000 });
    });
  });

  describe('deadlines by priority (TASK_DUE_MINUTES_<PRIORITY>)', () => {
    it('defaults to STAT 15, URGENT 30 and ROUTINE 120 minutes', () => {
      expect(dueMinutesFrom({})).toEqual({ [TaskPriority.Stat]: 15, [TaskPriority.Urgent]: 30, [TaskPriority.Routine]: 120 });
      expect(DEFAULT_DUE_MINUTES).toEqual({ [TaskPriority.Stat]: 15, [TaskPriority.Urgent]: 30, [TaskPriority.Routine]: 120 });
    });

    it('covers every priority', () => {
      expect(Object.keys(dueMinutesFrom({})).sort()).toEqual(Object.values(TaskPriority).sort());
    });

    it('takes overrides from TASK_DUE_MINUTES_<PRIORITY>, one at a time, keeping the other defaults', () => {
      expect(dueMinutesFrom({ TASK_DUE_MINUTES_STAT: '10' })).toEqual({ STAT: 10, URGENT: 30, ROUTINE: 120 });
      expect(dueMinutesFrom({ TASK_DUE_MINUTES_URGENT: '45' })).toEqual({ STAT: 15, URGENT: 45, ROUTINE: 120 });
      expect(dueMinutesFrom({ TASK_DUE_MINUTES_ROUTINE: '240' })).toEqual({ STAT: 15, URGENT: 30, ROUTINE: 240 });
    });

    it('takes all three overrides together, including the bounds 1 and 1440', () => {
      expect(dueMinutesFrom({ TASK_DUE_MINUTES_STAT: '1', TASK_DUE_MINUTES_URGENT: '5', TASK_DUE_MINUTES_ROUTINE: '1440' })).toEqual({
        STAT: 1,
        URGENT: 5,
        ROUTINE: 1440,
      });
    });

    it('ignores an empty override and unrelated variables', () => {
      expect(dueMinutesFrom({ TASK_DUE_MINUTES_STAT: '', TASK_DUE_MINUTES_stat: '3', TASK_DUE_MINUTES: '7' })).toEqual(DEFAULT_DUE_MINUTES);
    });

    it('does not change the defaults table', () => {
      dueMinutesFrom({ TASK_DUE_MINUTES_STAT: '3' });
      expect(DEFAULT_DUE_MINUTES.STAT).toBe(15);
    });

    it.each(['0', 'abc', '99999', '-5', '1.5', '1441'])('refuses the override %p, naming it', (raw) => {
      expect(configError({ TASK_DUE_MINUTES_URGENT: raw }).message).toContain('TASK_DUE_MINUTES_URGENT: ');
    });

    it.each(['0', 'abc', '99999'])('refuses %p for every priority', (raw) => {
      for (const priority of Object.values(TaskPriority)) {
        expect(configError({ [`TASK_DUE_MINUTES_${priority}`]: raw }).message).toContain(`TASK_DUE_MINUTES_${priority}: `);
      }
    });
  });

  describe('deadlines by type and priority (TASK_DUE_MINUTES_<TYPE>_<PRIORITY>)', () => {
    it('gives every job type the priority table, then overrides one cell per TASK_DUE_MINUTES_<TYPE>_<PRIORITY>', () => {
      const table = dueTableOf(envWith({ TASK_DUE_MINUTES_ROUTINE: '90', TASK_DUE_MINUTES_LINEN_ROUTINE: '240' }));
      expect(table[TaskType.Linen]).toEqual({ STAT: 15, URGENT: 30, ROUTINE: 240 });
      expect(table[TaskType.Specimen]).toEqual({ STAT: 15, URGENT: 30, ROUTINE: 90 });
      expect(Object.keys(table).sort()).toEqual(Object.values(TaskType).sort());
    });

    it('refuses a cell that is not a whole number of minutes', () => {
      expect(configError({ TASK_DUE_MINUTES_SPECIMEN_STAT: '0' }).message).toContain('TASK_DUE_MINUTES_SPECIMEN_STAT: ');
    });
  });
});
