import { eventually } from '@hospital/testing';
import { once } from 'node:events';
import { createServer, IncomingHttpHeaders, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import { Webhook } from 'standardwebhooks';
import { apiClient, Json } from './support/http';
import { PlatformUnderTest } from './support/platform';
import { wardJob } from './support/jobs';

/**
 * Issue 15, item 6, as a ward's system lives it: it registers a webhook with its API key, raises a
 * job, and hears of the job's progress as the center carries it out, signed and once each, also
 * across an outage of its own receiver.
 */
const platform = new PlatformUnderTest();
const { call, login } = apiClient(platform);

/** The ward system's receiver (its nurse-station integration) on loopback: answers 200, or 503 while `down`. */
class WardReceiver {
  readonly requests: { headers: IncomingHttpHeaders; body: string; answered: number }[] = [];
  down = false;
  private readonly server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const answered = this.down ? 503 : 200;
      this.requests.push({ headers: req.headers, body: Buffer.concat(chunks).toString('utf8'), answered });
      res.writeHead(answered).end();
    });
  });

  async start(): Promise<void> {
    this.server.listen(0, '127.0.0.1');
    await once(this.server, 'listening');
  }

  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/platform-events`;
  }

  /** What the ward's system applies: requests it answered 200 whose signature verifies, each webhook-id once. */
  applied(secret: string): { id: string; type: string; data: Json }[] {
    const seen = new Set<string>();
    const out: { id: string; type: string; data: Json }[] = [];
    for (const request of this.requests.filter((r) => r.answered === 200)) {
      const message = new Webhook(secret).verify(request.body, request.headers as Record<string, string>) as { type: string; data: Json };
      const id = String(request.headers['webhook-id']);
      if (seen.has(id)) continue;
      seen.add(id);
      out.push({ id, type: message.type, data: message.data });
    }
    return out;
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    this.server.close();
    await once(this.server, 'close');
  }
}

const PROGRESS = ['dispatch.task.assigned', 'dispatch.task.started', 'dispatch.task.completed'];

let dispatcher: string;
let worker: string;
let courierId: string;
let wardKey: string;
let receiver: WardReceiver;
let endpoint: Json;

const asWard = { 'x-api-key': '' };

/** The center carries the job out: the dispatcher assigns it to the demo courier, who accepts, picks up and delivers. */
async function carryOut(taskId: string): Promise<void> {
  expect((await call('POST', `/dispatch/tasks/${taskId}/assign`, { token: dispatcher, body: { workerId: courierId } })).status).toBe(200);
  expect((await call('POST', `/dispatch/tasks/${taskId}/accept`, { token: worker, body: {} })).status).toBe(200);
  expect((await call('POST', `/dispatch/tasks/${taskId}/start`, { token: worker, body: { handedOverBy: '李护士 (5病区)' } })).status).toBe(200);
  expect((await call('POST', `/dispatch/tasks/${taskId}/complete`, { token: worker, body: { receivedBy: '王医生 (检验科)' } })).status).toBe(200);
}

const progressOf = (taskId: string) =>
  receiver
    .applied(endpoint.secret)
    .filter((m) => m.data.id === taskId)
    .map((m) => m.type)
    .sort();

beforeAll(async () => {
  // Retries a second apart, so an outage of a few seconds is survived within the suite's time.
  await platform.start('e2ehooks', {
    withWebhooks: true,
    serviceEnv: { WEBHOOKS_RETRY_SCHEDULE: '1s,1s,1s,1s', WEBHOOKS_RETRY_JITTER: 'none', WEBHOOKS_SENDER_INTERVAL_MS: '200' },
  });
  dispatcher = await login('dispatcher');
  worker = await login('worker');
  courierId = (await call('GET', '/auth/me', { token: worker })).body.staffId;
  const key = await call('POST', '/auth/api-keys', { token: await login('admin'), body: { name: 'HIS 5病区护士站' } });
  expect(key.status).toBe(201);
  wardKey = key.body.key;
  asWard['x-api-key'] = wardKey;
  receiver = new WardReceiver();
  await receiver.start();
}, 120_000);

afterAll(async () => {
  await receiver?.close();
  await platform.stop();
}, 60_000);

describe('signed webhooks for a ward’s system', () => {
  it('registers an endpoint with its API key: 201 with a Standard Webhooks secret, the same answer for a retry with the same Idempotency-Key', async () => {
    const idempotencyKey = randomUUID();
    const body = { url: receiver.url, eventTypes: PROGRESS, description: '5病区护士站 - 任务进度' };
    const created = await call('POST', '/webhooks/endpoints', { headers: { ...asWard, 'Idempotency-Key': idempotencyKey }, body });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ url: receiver.url, eventTypes: PROGRESS, scope: 'OWN_JOBS', enabled: true, secret: expect.stringMatching(/^whsec_/) });
    endpoint = created.body;
    const retried = await call('POST', '/webhooks/endpoints', { headers: { ...asWard, 'Idempotency-Key': idempotencyKey }, body });
    expect(retried.status).toBe(201);
    expect(retried.body).toEqual(created.body);
    const mine = await call('GET', '/webhooks/endpoints', { headers: asWard });
    expect(mine.body.items).toEqual([expect.objectContaining({ id: endpoint.id })]);
    expect(mine.body.items[0]).not.toHaveProperty('secret');
    // The dispatcher's role has no business with webhooks.
    expect((await call('GET', '/webhooks/endpoints', { token: dispatcher })).status).toBe(403);
  });

  it('delivers the job’s assignment, start and completion, signed, once each; a job it did not raise never reaches it', async () => {
    // A job of the center's own first: the stream hands its events to the webhooks service before the ward's.
    const others = await call('POST', '/dispatch/tasks', { token: dispatcher, body: wardJob });
    await carryOut(others.body.id);

    const job = await call('POST', '/dispatch/tasks', { headers: asWard, body: wardJob });
    expect(job.status).toBe(201);
    await carryOut(job.body.id);

    await eventually('the three steps at the ward’s receiver', async () => progressOf(job.body.id).length === 3, 20_000);
    expect(progressOf(job.body.id)).toEqual([...PROGRESS].sort());
    const completed = receiver.applied(endpoint.secret).find((m) => m.type === 'dispatch.task.completed')!;
    expect(completed.data).toMatchObject({ id: job.body.id, number: job.body.number, status: 'COMPLETED', workerId: courierId, onTime: true });
    expect(receiver.requests.some((r) => r.body.includes(others.body.id))).toBe(false);

    const log = await call('GET', `/webhooks/endpoints/${endpoint.id}/deliveries`, { headers: asWard });
    expect(log.status).toBe(200);
    expect(log.body.items.map((d: Json) => [d.eventType, d.status, d.attempt, d.responseStatus]).sort()).toEqual(
      PROGRESS.map((type) => [type, 'SUCCEEDED', 1, 200]).sort(),
    );
    // Once each: one request per event, and no two with the same webhook-id.
    expect(receiver.requests).toHaveLength(3);
    expect(new Set(receiver.requests.map((r) => r.headers['webhook-id'])).size).toBe(3);
  });

  it('delivers them after an outage of the ward’s receiver (503 for a while, then 200), retrying on the schedule', async () => {
    receiver.down = true;
    const job = await call('POST', '/dispatch/tasks', { headers: asWard, body: wardJob });
    await carryOut(job.body.id);

    // Each of the three steps was refused at least once.
    const refusedIds = () => new Set(receiver.requests.filter((r) => r.answered === 503).map((r) => String(r.headers['webhook-id'])));
    await eventually('each step to have met the outage', async () => refusedIds().size === 3, 20_000);
    const waiting = await call('GET', `/webhooks/endpoints/${endpoint.id}/deliveries?status=FAILED`, { headers: asWard });
    expect(waiting.body.items.length).toBeGreaterThan(0);
    expect(waiting.body.items[0]).toMatchObject({ responseStatus: 503, error: 'HTTP 503', nextAttemptAt: expect.any(String) });

    receiver.down = false;
    await eventually('the three steps after the outage', async () => progressOf(job.body.id).length === 3, 20_000);
    expect(progressOf(job.body.id)).toEqual([...PROGRESS].sort());
    // The same webhook-ids came back: what the receiver refused is what it now applies, each once.
    const appliedIds = receiver.applied(endpoint.secret).filter((m) => m.data.id === job.body.id).map((m) => m.id).sort();
    expect(appliedIds).toEqual([...refusedIds()].sort());
    const log = await call('GET', `/webhooks/endpoints/${endpoint.id}/deliveries?limit=100`, { headers: asWard });
    const retried = log.body.items.filter((d: Json) => appliedIds.includes(d.eventId));
    expect(retried.map((d: Json) => d.status)).toEqual(['SUCCEEDED', 'SUCCEEDED', 'SUCCEEDED']);
    expect(retried.every((d: Json) => d.attempt >= 2)).toBe(true);
  });

  it('rotates the secret: the next deliveries verify with the new secret (and the old one during the grace)', async () => {
    const rotated = await call('POST', `/webhooks/endpoints/${endpoint.id}/rotate-secret`, { headers: asWard, body: {} });
    expect(rotated.status).toBe(200);
    expect(rotated.body.secret).not.toBe(endpoint.secret);
    const before = receiver.requests.length;
    const job = await call('POST', '/dispatch/tasks', { headers: asWard, body: wardJob });
    await carryOut(job.body.id);
    await eventually('the steps signed after the rotation', async () => receiver.requests.length >= before + 3, 20_000);
    for (const request of receiver.requests.slice(before)) {
      for (const secret of [rotated.body.secret, endpoint.secret]) expect(new Webhook(secret).verify(request.body, request.headers as Record<string, string>)).toBeTruthy();
    }
    endpoint = { ...endpoint, secret: rotated.body.secret };
  });
});
