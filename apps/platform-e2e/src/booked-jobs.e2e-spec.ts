import { eventually } from '@hospital/testing';
import { apiClient } from './support/http';
import { PlatformUnderTest } from './support/platform';

/**
 * Booked and recurring jobs through the gateway, with two dispatch replicas sweeping the same
 * database: a ward books an exam transport and it enters the queue at its lead time, once; a
 * recurring round books each of its occurrences once whichever replica gets there.
 */
const platform = new PlatformUnderTest();
const { call, login } = apiClient(platform);
let dispatcher: string;
let manager: string;
let wardKey: string;

const LEAD_SECONDS = 60;

const examTransport = (scheduledFor: string) => ({
  type: 'PATIENT_TRANSPORT',
  priority: 'ROUTINE',
  group: 'SURGERY',
  origin: { department: '骨科', ward: '3病区', bed: '8' },
  destination: { department: '放射科' },
  requester: { department: '骨科', contactName: '张护士', phone: '8032' },
  patient: {
    patientName: '李大爷',
    mrn: 'ZY20260099',
    ward: '3病区',
    bed: '8',
    exam: 'CT 平扫',
    mode: 'WHEELCHAIR',
    oxygen: false,
    monitor: false,
    isolation: 'NONE',
    condition: 'STABLE',
    selfCaring: true,
  },
  scheduledFor,
});

beforeAll(async () => {
  await platform.start('e2ebook', {
    dispatchReplicas: 2,
    // A one-minute lead for exam transports and sweeps every second, so a booking comes due while the suite waits.
    serviceEnv: { TASK_LEAD_MINUTES_PATIENT_TRANSPORT_ROUTINE: String(LEAD_SECONDS / 60), RELEASE_SWEEP_SECONDS: '1', SCHEDULE_SWEEP_SECONDS: '1' },
  });
  dispatcher = await login('dispatcher');
  manager = await login('manager');
  const admin = await login('admin');
  const key = await call('POST', '/auth/api-keys', { token: admin, body: { name: 'HIS 3病区' } });
  expect(key.status).toBe(201);
  wardKey = key.body.key;
}, 180_000);

afterAll(() => platform.stop());

describe('a ward books an exam transport', () => {
  it('waits SCHEDULED off the board, can be changed by the ward, and enters the queue at its lead time, once', async () => {
    const ward = { headers: { 'x-api-key': wardKey } };
    // Due in 65 s with a 60 s lead: the release is 5 s away.
    const at = new Date(Date.now() + (LEAD_SECONDS + 5) * 1000).toISOString();
    const booked = await call('POST', '/dispatch/tasks', { ...ward, body: examTransport(at) });
    expect(booked.status).toBe(201);
    expect(booked.body).toMatchObject({ status: 'SCHEDULED', scheduledFor: at, dueAt: at, queuedAt: null });

    const board = await call('GET', '/dispatch/board?group=SURGERY', { token: dispatcher });
    expect(board.body.pending.map((t: { id: string }) => t.id)).not.toContain(booked.body.id);

    const edited = await call('PATCH', `/dispatch/tasks/${booked.body.id}`, { ...ward, body: { notes: '带上片子' } });
    expect(edited.status).toBe(200);
    expect(edited.body.timeline.at(-1)).toMatchObject({ action: 'EDITED', note: 'changed notes' });
    const badTime = await call('PATCH', `/dispatch/tasks/${booked.body.id}`, { ...ward, body: { scheduledFor: '2020-01-01T08:00:00+08:00' } });
    expect(badTime.status).toBe(400);
    expect(badTime.body.errors).toEqual([expect.objectContaining({ field: 'scheduledFor' })]);

    const released = await eventually(
      'the booking released',
      async () => {
        const res = await call('GET', `/dispatch/tasks/${booked.body.id}`, { token: dispatcher });
        return res.body.status === 'PENDING' && res.body;
      },
      30_000,
    );
    expect(released.timeline.filter((e: { action: string }) => e.action === 'RELEASED')).toEqual([expect.objectContaining({ actorId: 'system', status: 'PENDING' })]);
    expect(new Date(released.queuedAt).getTime()).toBeGreaterThanOrEqual(new Date(booked.body.releaseAt).getTime());
    const onBoard = await call('GET', '/dispatch/board?group=SURGERY', { token: dispatcher });
    expect(onBoard.body.pending.map((t: { id: string }) => t.id)).toContain(booked.body.id);

    // In the queue it is the floor's: the ward can no longer withdraw it.
    const withdraw = await call('POST', `/dispatch/tasks/${booked.body.id}/cancel`, { ...ward, body: { reason: '检查取消' } });
    expect(withdraw.status).toBe(409);
  }, 60_000);
});

describe('a recurring round with two replicas sweeping', () => {
  it('books every occurrence inside the look-ahead once, skipping the hospital’s holidays', async () => {
    const tomorrow = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date(Date.now() + 86_400_000));
    const holiday = await call('PUT', `/dispatch/calendar/holidays/${tomorrow}`, { token: manager, body: { name: '院庆' } });
    expect(holiday.status).toBe(200);

    // Every 15 minutes, from tomorrow: about 60 occurrences fall inside the 24 h look-ahead, more
    // than one request or sweep books at once (50), so both replicas' sweeps take part.
    const created = await call('POST', '/dispatch/schedules', {
      token: dispatcher,
      body: {
        name: '骨科 送检 每15分钟',
        cron: '*/15 * * * *',
        holidays: 'RUN',
        startsOn: tomorrow,
        template: { ...examTransport(''), scheduledFor: undefined },
      },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ status: 'ACTIVE', timeZone: 'Asia/Shanghai' });

    const horizon = Date.now() + 24 * 3_600_000;
    const occurrences = await eventually(
      'every occurrence inside the look-ahead booked',
      async () => {
        const res = await call('GET', `/dispatch/schedules/${created.body.id}/occurrences?limit=100`, { token: dispatcher });
        const next = new Date(res.body.upcoming[0]).getTime();
        return next > horizon - 60_000 && res.body.items;
      },
      30_000,
    );
    const times = occurrences.map((o: { occursAt: string }) => o.occursAt);
    expect(new Set(times).size).toBe(times.length);
    expect(occurrences.every((o: { outcome: string; taskStatus: string }) => o.outcome === 'BOOKED' && o.taskStatus === 'SCHEDULED')).toBe(true);
    const [{ jobs, distinct }] = await platform.query<{ jobs: number; distinct: number }>(
      `SELECT count(*)::int AS "jobs", count(DISTINCT t."scheduled_for")::int AS "distinct"
       FROM "dispatch"."tasks" t JOIN "dispatch"."schedule_occurrences" o ON o."task_id" = t."id" WHERE o."schedule_id" = $1`,
      [created.body.id],
    );
    expect(jobs).toBe(times.length);
    expect(distinct).toBe(jobs);

    // A round that skips holidays books nothing tomorrow. Midnight tomorrow is always inside the
    // 24 h look-ahead, so it is reached on creation already.
    const skipping = await call('POST', '/dispatch/schedules', {
      token: dispatcher,
      body: { name: '骨科 被服', cron: '0 0 * * *', startsOn: tomorrow, template: { ...examTransport(''), scheduledFor: undefined } },
    });
    expect(skipping.status).toBe(201);
    const skipped = await call('GET', `/dispatch/schedules/${skipping.body.id}/occurrences`, { token: dispatcher });
    expect(skipped.body.items.map((o: { outcome: string; taskId: string | null }) => [o.outcome, o.taskId])).toEqual([['SKIPPED_HOLIDAY', null]]);

    const ended = await call('POST', `/dispatch/schedules/${created.body.id}/end`, { token: dispatcher });
    expect(ended.status).toBe(200);
    const [{ waiting }] = await platform.query<{ waiting: number }>(
      `SELECT count(*)::int AS "waiting" FROM "dispatch"."tasks" t JOIN "dispatch"."schedule_occurrences" o ON o."task_id" = t."id"
       WHERE o."schedule_id" = $1 AND t."status" = 'SCHEDULED'`,
      [created.body.id],
    );
    expect(waiting).toBe(0);
  }, 90_000);
});
