import { BoardStreamEventDto } from '@hospital/contracts';
import { eventually, SseReader } from '@hospital/testing';
import { apiClient, Json } from './support/http';
import { PlatformUnderTest } from './support/platform';
import { wardJob } from './support/jobs';

/**
 * Issue 4's "done when", as a new user would try it: a ward raises a STAT urgent-blood job with
 * its integration key, auto-assignment picks the clocked-in specimen courier of the right group
 * and says why, the courier (logged in as the demo worker) carries it out, and stats show it.
 */
const platform = new PlatformUnderTest();
const { call, login } = apiClient(platform);
let dispatcher: string;
let worker: string;
let wardKey: string;
let courierId: string;
let boardStream: SseReader;

/** The shift (hospital time, Asia/Shanghai) running now, so auto-assignment finds the courier on shift. */
function shiftRunningNow(): { shift: string; minutesLeft: number } {
  const [h, m] = new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Shanghai', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
    .format(new Date())
    .split(':')
    .map(Number);
  const now = h * 60 + m;
  const early = [7 * 60 + 30, 15 * 60 + 30];
  const middle = [15 * 60 + 30, 23 * 60];
  if (now >= early[0] && now < early[1]) return { shift: 'EARLY', minutesLeft: early[1] - now };
  if (now >= middle[0] && now < middle[1]) return { shift: 'MIDDLE', minutesLeft: middle[1] - now };
  return { shift: 'NIGHT', minutesLeft: now >= 23 * 60 ? 24 * 60 - now + 450 : 450 - now };
}


async function carryOut(taskId: string): Promise<Json> {
  expect((await call('POST', `/dispatch/tasks/${taskId}/accept`, { token: worker, body: {} })).status).toBe(200);
  const started = await call('POST', `/dispatch/tasks/${taskId}/start`, { token: worker, body: { handedOverBy: '李护士 (5病区)' } });
  expect(started.status).toBe(200);
  const done = await call('POST', `/dispatch/tasks/${taskId}/complete`, { token: worker, body: { receivedBy: '王医生 (检验科)' } });
  expect(done.status).toBe(200);
  return done.body;
}

beforeAll(async () => {
  await platform.start('e2eday');
  dispatcher = await login('dispatcher');
  worker = await login('worker');
  const admin = await login('admin');
  const key = await call('POST', '/auth/api-keys', { token: admin, body: { name: 'HIS 5病区' } });
  expect(key.status).toBe(201);
  wardKey = key.body.key;
  const me = await call('GET', '/auth/me', { token: worker });
  courierId = me.body.staffId;
  boardStream = await SseReader.open(platform.url('/dispatch/board/stream?group=INTERNAL_MEDICINE'), { authorization: `Bearer ${dispatcher}` });
  expect(boardStream.response.status).toBe(200);
  // Never clock in a minute before the shift ends: the job would find the courier off shift.
  const { minutesLeft } = shiftRunningNow();
  if (minutesLeft <= 1) await new Promise((resolve) => setTimeout(resolve, 90_000));
}, 240_000);

afterAll(async () => {
  await boardStream?.close();
  await platform.stop();
}, 60_000);

describe('a dispatch day', () => {
  let jobId: string;

  it('the demo worker is a specimen courier of the internal medicine group and clocks in for the running shift', async () => {
    const courier = await call('GET', `/staff/${courierId}`, { token: dispatcher });
    expect(courier.body).toMatchObject({ staffNo: 'NK010', group: 'INTERNAL_MEDICINE', posts: expect.arrayContaining(['SPECIMEN_COURIER']) });
    const clockedIn = await call('POST', `/staff/${courierId}/clock-in`, { token: worker, body: { shift: shiftRunningNow().shift } });
    expect(clockedIn.status).toBe(200);
    expect(clockedIn.body).toMatchObject({ staffId: courierId, status: 'AVAILABLE', load: 0 });
  });

  it('a ward raises urgent blood with its integration key: STAT whatever it asked', async () => {
    const created = await call('POST', '/dispatch/tasks', { headers: { 'x-api-key': wardKey }, body: wardJob });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ priority: 'STAT', status: 'PENDING' });
    jobId = created.body.id;
  });

  it('auto-assignment picks the clocked-in courier and says why on the timeline', async () => {
    const assigned = await call('POST', `/dispatch/tasks/${jobId}/assign`, { token: dispatcher, body: { auto: true } });
    expect(assigned.status).toBe(200);
    expect(assigned.body.assigneeId).toBe(courierId);
    expect(assigned.body.timeline.at(-1)).toMatchObject({ action: 'ASSIGNED', workerId: courierId, note: expect.stringContaining('NK010') });
  });

  it('the courier accepts, picks up naming who handed over, delivers naming who received', async () => {
    const done = await carryOut(jobId);
    expect(done).toMatchObject({ status: 'COMPLETED', handedOverBy: '李护士 (5病区)', receivedBy: '王医生 (检验科)' });
    expect(done.timeline.map((e: Json) => e.action)).toEqual(['CREATED', 'ASSIGNED', 'ACCEPTED', 'STARTED', 'COMPLETED']);
  });

  it('the dispatcher’s board stream showed each step as it happened', async () => {
    const steps = ['created', 'assigned', 'accepted', 'started', 'completed'].map((step) => `dispatch.task.${step}`);
    await boardStream.waitFor('the completed step on the stream', (e) => e.event === 'dispatch.task.completed' && JSON.parse(e.data).taskId === jobId);
    const seen = boardStream.events.filter((e) => (JSON.parse(e.data) as BoardStreamEventDto).taskId === jobId);
    expect(seen.map((e) => e.event)).toEqual(steps);
    expect(JSON.parse(seen[1].data)).toMatchObject({ status: 'ASSIGNED', workerId: courierId });
  });

  it('the board shows the courier back at zero load, and the clock-in on the stream', async () => {
    const board = await call('GET', '/dispatch/board', { token: dispatcher });
    expect(board.body.group).toBe('INTERNAL_MEDICINE');
    expect(board.body.workers.find((w: Json) => w.staffId === courierId)).toMatchObject({ status: 'AVAILABLE', load: 0 });
    expect(boardStream.events.some((e) => e.event === 'dispatch.staff.clocked-in')).toBe(true);
  });

  it('the ward reads its own job, and no other', async () => {
    expect((await call('GET', `/dispatch/tasks/${jobId}`, { headers: { 'x-api-key': wardKey } })).status).toBe(200);
    const other = await call('POST', '/dispatch/tasks', { token: dispatcher, body: wardJob });
    expect((await call('GET', `/dispatch/tasks/${other.body.id}`, { headers: { 'x-api-key': wardKey } })).status).toBe(403);
    expect((await call('POST', `/dispatch/tasks/${other.body.id}/cancel`, { token: dispatcher, body: { reason: 'raised twice' } })).status).toBe(200);
  });

  it('stats show the job on time, and an incident on another job lowers accuracy', async () => {
    const range = `from=${new Date(Date.now() - 3_600_000).toISOString()}&to=${new Date(Date.now() + 3_600_000).toISOString()}`;
    const before = await call('GET', `/dispatch/stats?${range}`, { token: dispatcher });
    expect(before.body.total).toMatchObject({ completed: 1, onTimePercent: 100, accuracyPercent: 100 });

    const second = await call('POST', '/dispatch/tasks', { headers: { 'x-api-key': wardKey }, body: wardJob });
    expect((await call('POST', `/dispatch/tasks/${second.body.id}/assign`, { token: dispatcher, body: { auto: true } })).body.assigneeId).toBe(courierId);
    await carryOut(second.body.id);
    const incident = await call('POST', `/dispatch/tasks/${second.body.id}/incidents`, {
      token: dispatcher,
      body: { kind: 'SPECIMEN_DAMAGED', severity: 'MAJOR', description: '一管溶血，需重新采集' },
    });
    expect(incident.status).toBe(201);

    // A report is kept for STATS_CACHE_SECONDS (5 s by default): the new figures show within that.
    const after = await eventually('the stats to count the second job', async () => {
      const res = await call('GET', `/dispatch/stats?${range}`, { token: dispatcher });
      return res.body.total.completed === 2 ? res : null;
    });
    expect(after.body.total).toMatchObject({ completed: 2, onTimePercent: 100, accuracyPercent: 50 });
  });

  it('with nobody on shift for the post, auto-assignment answers 422 NO_ELIGIBLE_WORKER', async () => {
    const linen = await call('POST', '/dispatch/tasks', {
      token: dispatcher,
      body: { ...wardJob, type: 'LINEN', priority: 'ROUTINE', specimen: undefined, linen: { kind: 'DIRTY', bags: 3 } },
    });
    const res = await call('POST', `/dispatch/tasks/${linen.body.id}/assign`, { token: dispatcher, body: { auto: true } });
    expect(res.status).toBe(422);
    expect(res.body.code).toBe('NO_ELIGIBLE_WORKER');
  });

  it('20 dispatchers assigning one job at once: one 200, nineteen 409', async () => {
    const job = await call('POST', '/dispatch/tasks', { token: dispatcher, body: wardJob });
    const answers = await Promise.all(
      Array.from({ length: 20 }, () => call('POST', `/dispatch/tasks/${job.body.id}/assign`, { token: dispatcher, body: { workerId: courierId } })),
    );
    expect(answers.map((a) => a.status).sort()).toEqual([200, ...Array(19).fill(409)]);
  });
});
