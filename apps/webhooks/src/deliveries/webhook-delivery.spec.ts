import { Actor, TaskStatus, WebhookDeliveryStatus, WebhookEventType, WebhookMessage } from '@hospital/contracts';
import { eventually, freezeDateAt, moveDateTo, unfreezeDate } from '@hospital/testing';
import { Webhook, WebhookVerificationError } from 'standardwebhooks';
import { EndpointsQueryService } from '../endpoints/endpoints-query.service';
import { ManageEndpointService } from '../endpoints/manage-endpoint.service';
import { DeliveriesQueryService } from './deliveries-query.service';
import { DeliverySender } from './delivery-sender';
import { RedeliverService } from './redeliver.service';
import { admin, aSystem, DispatchEvents, Received, Receiver, startWebhooksHarness, taskCreated, taskStep, WebhooksHarness } from './deliveries.spec-helper';

const STEPS = [WebhookEventType.TaskCreated, WebhookEventType.TaskAssigned, WebhookEventType.TaskStarted, WebhookEventType.TaskCompleted];

/** What a hospital system does with a request: verify it with the library, and read it. Throws when the signature does not hold. */
const verified = (secret: string, request: Received) =>
  new Webhook(secret).verify(request.body, request.headers as Record<string, string>) as WebhookMessage<{ id: string; status?: string }>;

describe('webhook deliveries (real Postgres, JetStream and HTTP receivers on loopback)', () => {
  let h: WebhooksHarness;

  beforeAll(async () => {
    h = await startWebhooksHarness({ WEBHOOKS_TIMEOUT_MS: '1500' });
  });

  afterAll(() => h?.stop());
  afterEach(() => unfreezeDate());

  let wardSystem: Actor;
  let labSystem: Actor;
  beforeEach(() => {
    wardSystem = aSystem('ward');
    labSystem = aSystem('lis');
  });

  it('POSTs a system its own job’s events, signed as Standard Webhooks says, once each: the receiver dedupes on webhook-id', async () => {
    const ward = await Receiver.start();
    try {
      const endpoint = await h.register(wardSystem, ward.url, STEPS);
      const job = taskCreated(wardSystem.id);
      const created = await h.publish(DispatchEvents.taskCreated, job, { aggregateId: job.id });
      const assigned = await h.publish(DispatchEvents.taskAssigned, taskStep(job, TaskStatus.Assigned), { aggregateId: job.id });
      // The stream delivers the assignment again (a consumer crashed before its ack): the inbox drops it.
      await h.publish(DispatchEvents.taskAssigned, assigned.payload, { id: assigned.id, aggregateId: job.id });
      await h.settled('onTaskEvent');
      expect(await h.sendDue()).toBe(2);

      expect(ward.received.map((r) => r.headers['webhook-id'])).toEqual([created.id, assigned.id]);
      const messages = ward.received.map((r) => verified(endpoint.secret, r));
      expect(messages).toEqual([
        { type: 'dispatch.task.created', timestamp: created.occurredAt, data: created.payload },
        { type: 'dispatch.task.assigned', timestamp: assigned.occurredAt, data: assigned.payload },
      ]);
      for (const { headers } of ward.received) {
        expect(headers['content-type']).toBe('application/json');
        expect(headers['webhook-signature']).toMatch(/^v1,[A-Za-z0-9+/]+=*$/);
        expect(Math.abs(Number(headers['webhook-timestamp']) - Date.now() / 1000)).toBeLessThan(300);
      }

      // A redelivery sends the same webhook-id: a receiver that keeps the ids it processed applies it once.
      const log = await h.deliveriesOf(endpoint.id, wardSystem);
      expect(log.map((d) => [d.eventId, d.status, d.attempt, d.responseStatus])).toEqual([
        [assigned.id, WebhookDeliveryStatus.Succeeded, 1, 200],
        [created.id, WebhookDeliveryStatus.Succeeded, 1, 200],
      ]);
      await h.service.app.get(RedeliverService).redeliver({ id: endpoint.id, deliveryId: log[0].id }, wardSystem);
      expect(await h.sendDue()).toBe(1);
      const processed = new Set<string>();
      const applied = ward.received.filter((r) => !processed.has(String(r.headers['webhook-id'])) && processed.add(String(r.headers['webhook-id'])));
      expect(ward.received).toHaveLength(3);
      expect(applied.map((r) => verified(endpoint.secret, r).type)).toEqual(['dispatch.task.created', 'dispatch.task.assigned']);

      const metrics = await (await fetch(`${h.service.baseUrl}/metrics`)).text();
      expect(metrics).toMatch(/^webhook_deliveries_total\{outcome="succeeded"\} 3$/m);
      expect(metrics).toMatch(/^webhook_attempt_duration_seconds_count\{outcome="succeeded"\} 3$/m);
      expect(metrics).toMatch(/^webhook_deliveries_pending \d+$/m);
    } finally {
      await ward.close();
    }
  });

  it("never sends system A's endpoint system B's job events; an admin's endpoint hears of both", async () => {
    const [ward, lab, center] = await Promise.all([Receiver.start(), Receiver.start(), Receiver.start()]);
    try {
      const wardEndpoint = await h.register(wardSystem, ward.url, [WebhookEventType.TaskCompleted]);
      const labEndpoint = await h.register(labSystem, lab.url, [WebhookEventType.TaskCompleted]);
      const centerEndpoint = await h.register(admin, center.url, [WebhookEventType.TaskCompleted]);
      const wardJob = taskCreated(wardSystem.id);
      const labJob = taskCreated(labSystem.id);
      await h.publish(DispatchEvents.taskCreated, wardJob);
      await h.publish(DispatchEvents.taskCreated, labJob);
      // The lab's completion comes without createdBy (emitted before it was carried): its creator is the one task.created named.
      await h.publish(DispatchEvents.taskCompleted, taskStep(labJob, TaskStatus.Completed, { carriesCreator: false }));
      await h.publish(DispatchEvents.taskCompleted, taskStep(wardJob, TaskStatus.Completed));
      await h.settled('onTaskEvent');
      await h.sendDue();

      expect(ward.received.map((r) => verified(wardEndpoint.secret, r).data.id)).toEqual([wardJob.id]);
      expect(lab.received.map((r) => verified(labEndpoint.secret, r).data.id)).toEqual([labJob.id]);
      expect(center.received.map((r) => verified(centerEndpoint.secret, r).data.id).sort()).toEqual([labJob.id, wardJob.id].sort());
      // An event from before an endpoint was registered (the consumer catching up) is not sent to it.
      await h.publish(DispatchEvents.taskCompleted, { ...taskStep(wardJob, TaskStatus.Completed), at: '2001-01-01T00:00:00.000Z' }, { occurredAt: '2001-01-01T00:00:00.000Z' });
      // A job whose creator nobody knows goes to admins' endpoints only.
      const stranger = taskCreated('system-unknown');
      await h.publish(DispatchEvents.taskCompleted, taskStep({ ...stranger, createdBy: 'ignored' }, TaskStatus.Completed, { carriesCreator: false }));
      await h.settled('onTaskEvent');
      await h.sendDue();
      expect(ward.received).toHaveLength(1);
      expect(lab.received).toHaveLength(1);
      expect(center.received).toHaveLength(3);
    } finally {
      await Promise.all([ward.close(), lab.close(), center.close()]);
      // An admin's endpoint hears of every job: the specs after this one must not send it theirs.
      for (const endpoint of (await h.service.app.get(EndpointsQueryService).list({}, admin)).items) {
        if (endpoint.ownerId === admin.id) await h.service.app.get(ManageEndpointService).remove(endpoint.id, admin);
      }
    }
  });

  it('retries a receiver that fails twice on the schedule (5 s, then 5 min), then succeeds with the same webhook-id', async () => {
    freezeDateAt('2001-11-23T08:00:00Z');
    const ward = await Receiver.start();
    try {
      ward.answerWith([503, 500]);
      const endpoint = await h.register(wardSystem, ward.url, [WebhookEventType.TaskAccepted]);
      const job = taskCreated(wardSystem.id);
      const accepted = await h.publish(DispatchEvents.taskAccepted, taskStep(job, TaskStatus.Accepted));
      await h.settled('onTaskEvent');

      expect(await h.sendDue()).toBe(1);
      let [delivery] = await h.deliveriesOf(endpoint.id);
      expect(delivery).toMatchObject({ status: 'FAILED', attempt: 1, responseStatus: 503, error: 'HTTP 503', nextAttemptAt: '2001-11-23T08:00:05.000Z' });
      // Not due yet: a tick a moment early sends nothing.
      moveDateTo('2001-11-23T08:00:04.999Z');
      expect(await h.sendDue()).toBe(0);
      moveDateTo('2001-11-23T08:00:05Z');
      expect(await h.sendDue()).toBe(1);
      [delivery] = await h.deliveriesOf(endpoint.id);
      expect(delivery).toMatchObject({ status: 'FAILED', attempt: 2, responseStatus: 500, nextAttemptAt: '2001-11-23T08:05:05.000Z', lastAttemptAt: '2001-11-23T08:00:05.000Z' });
      moveDateTo('2001-11-23T08:05:05Z');
      expect(await h.sendDue()).toBe(1);
      [delivery] = await h.deliveriesOf(endpoint.id);
      expect(delivery).toMatchObject({ status: 'SUCCEEDED', attempt: 3, responseStatus: 200, nextAttemptAt: null, error: null });

      expect(ward.received.map((r) => r.headers['webhook-id'])).toEqual([accepted.id, accepted.id, accepted.id]);
      // Each attempt is signed at its own time, so a receiver's replay window holds hours later.
      expect(ward.received.map((r) => r.headers['webhook-timestamp'])).toEqual([String(1006502400), String(1006502405), String(1006502705)]);
      expect(verified(endpoint.secret, ward.received[2]).data).toEqual(accepted.payload);
    } finally {
      await ward.close();
    }
  });

  it('gives up after the last attempt of the schedule: a dead letter in the log, sent again on request', async () => {
    freezeDateAt('2001-11-24T08:00:00Z');
    const ward = await Receiver.start();
    try {
      ward.answerWith([], 500);
      const endpoint = await h.register(wardSystem, ward.url, [WebhookEventType.TaskCancelled]);
      const cancelled = await h.publish(DispatchEvents.taskCancelled, taskStep(taskCreated(wardSystem.id), TaskStatus.Cancelled));
      await h.settled('onTaskEvent');
      let now = Date.parse('2001-11-24T08:00:00Z');
      expect(await h.sendDue()).toBe(1);
      for (const wait of h.service.config.retry.scheduleMs) {
        now += wait;
        moveDateTo(new Date(now).toISOString());
        expect(await h.sendDue()).toBe(1);
      }
      expect(ward.received).toHaveLength(8);
      const dead = await h.service.app.get(DeliveriesQueryService).list({ id: endpoint.id, status: WebhookDeliveryStatus.Dead }, wardSystem);
      expect(dead.items).toEqual([expect.objectContaining({ eventId: cancelled.id, status: 'DEAD', attempt: 8, responseStatus: 500, error: 'HTTP 500', nextAttemptAt: null })]);
      // Nothing more is attempted, however late it gets.
      moveDateTo('2001-12-24T08:00:00Z');
      expect(await h.sendDue()).toBe(0);
      const metrics = await (await fetch(`${h.service.baseUrl}/metrics`)).text();
      expect(metrics).toMatch(/^webhook_deliveries_dead [1-9]\d*$/m);

      // The receiver is fixed: redelivery starts over, with the same event id.
      ward.answerWith([], 200);
      const again = await h.service.app.get(RedeliverService).redeliver({ id: endpoint.id, deliveryId: dead.items[0].id }, wardSystem);
      expect(again).toMatchObject({ status: 'PENDING', attempt: 0, error: null, nextAttemptAt: '2001-12-24T08:00:00.000Z' });
      expect(await h.sendDue()).toBe(1);
      expect((await h.deliveriesOf(endpoint.id))[0]).toMatchObject({ status: 'SUCCEEDED', attempt: 1 });
      expect(ward.received.at(-1)!.headers['webhook-id']).toBe(cancelled.id);
    } finally {
      await ward.close();
    }
  });

  it('times out a receiver that hangs, counting it failed, while another endpoint’s deliveries go on', async () => {
    const [slow, fast] = await Promise.all([Receiver.start(), Receiver.start()]);
    try {
      slow.answerWith([], 'hang');
      const slowEndpoint = await h.register(wardSystem, slow.url, [WebhookEventType.TaskStarted]);
      const fastEndpoint = await h.register(wardSystem, fast.url, [WebhookEventType.TaskStarted]);
      const started = await h.publish(DispatchEvents.taskStarted, taskStep(taskCreated(wardSystem.id), TaskStatus.InProgress));
      await h.settled('onTaskEvent');

      const sender = h.service.app.get(DeliverySender);
      const tick = await sender.startDue();
      expect(tick.started).toBe(2);
      // The fast endpoint has its answer while the slow one still holds its request open.
      await eventually('the fast endpoint’s delivery to succeed', async () => (await h.deliveriesOf(fastEndpoint.id))[0].status === 'SUCCEEDED');
      expect({ slowOpen: slow.open, slowClosed: slow.closed }).toEqual({ slowOpen: 1, slowClosed: 0 });
      // Another tick meanwhile does not send the slow endpoint's delivery twice.
      expect((await sender.startDue()).started).toBe(0);

      await tick.finished;
      const [timedOut] = await h.deliveriesOf(slowEndpoint.id);
      expect(timedOut).toMatchObject({ eventId: started.id, status: 'FAILED', attempt: 1, responseStatus: null, error: 'timed out after 1500 ms' });
      expect(timedOut.durationMs).toBeGreaterThanOrEqual(1500);
      expect(timedOut.nextAttemptAt).not.toBeNull();
      await eventually('the slow receiver to see the connection closed', async () => slow.closed === 1);
    } finally {
      await Promise.all([slow.close(), fast.close()]);
    }
  });

  it('never sends one delivery twice when ticks claim at once (as replicas do): each event arrives once', async () => {
    const ward = await Receiver.start();
    try {
      await h.register(wardSystem, ward.url, [WebhookEventType.TaskCreated]);
      const ids: string[] = [];
      for (let i = 0; i < 6; i++) ids.push((await h.publish(DispatchEvents.taskCreated, taskCreated(wardSystem.id))).id);
      await h.settled('onTaskEvent');
      const [a, b] = await Promise.all([h.sendDue(), h.sendDue()]);
      expect(a + b).toBeGreaterThan(0);
      while ((await h.sendDue()) > 0);
      expect(ward.received.map((r) => r.headers['webhook-id']).sort()).toEqual(ids.sort());
    } finally {
      await ward.close();
    }
  });

  it('disables an endpoint whose receiver answers 410 Gone: no more deliveries until its owner enables it', async () => {
    const ward = await Receiver.start();
    try {
      ward.answerWith([410]);
      const endpoint = await h.register(wardSystem, ward.url, [WebhookEventType.TaskAssigned, WebhookEventType.TaskCompleted]);
      const job = taskCreated(wardSystem.id);
      await h.publish(DispatchEvents.taskAssigned, taskStep(job, TaskStatus.Assigned));
      await h.settled('onTaskEvent');
      expect(await h.sendDue()).toBe(1);
      expect((await h.deliveriesOf(endpoint.id))[0]).toMatchObject({ status: 'DEAD', attempt: 1, responseStatus: 410, nextAttemptAt: null, error: 'HTTP 410: the endpoint was disabled' });
      expect(await h.service.app.get(EndpointsQueryService).get(endpoint.id, wardSystem)).toMatchObject({ enabled: false, disabledReason: 'the receiver answered 410 Gone' });

      await h.publish(DispatchEvents.taskCompleted, taskStep(job, TaskStatus.Completed));
      await h.settled('onTaskEvent');
      expect(await h.sendDue()).toBe(0);
      expect(await h.deliveriesOf(endpoint.id)).toHaveLength(1);
      expect(ward.received).toHaveLength(1);

      expect(await h.service.app.get(ManageEndpointService).update(endpoint.id, { enabled: true }, wardSystem)).toMatchObject({ enabled: true, disabledReason: null, disabledAt: null });
      await h.publish(DispatchEvents.taskCompleted, taskStep(job, TaskStatus.Completed));
      await h.settled('onTaskEvent');
      expect(await h.sendDue()).toBe(1);
      expect(ward.received.map((r) => verified(endpoint.secret, r).type)).toEqual(['dispatch.task.assigned', 'dispatch.task.completed']);
    } finally {
      await ward.close();
    }
  });

  it('signs with the old and the new secret during a rotation’s grace, then with the new one only', async () => {
    freezeDateAt('2001-11-25T08:00:00Z');
    const ward = await Receiver.start();
    try {
      const endpoint = await h.register(wardSystem, ward.url, [WebhookEventType.TaskCompleted]);
      const rotated = await h.service.app.get(ManageEndpointService).rotateSecret(endpoint.id, wardSystem);
      expect(rotated.secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
      expect(rotated.secret).not.toBe(endpoint.secret);
      expect(rotated.previousSecretExpiresAt).toBe('2001-11-26T08:00:00.000Z');

      const job = taskCreated(wardSystem.id);
      await h.publish(DispatchEvents.taskCompleted, taskStep(job, TaskStatus.Completed));
      await h.settled('onTaskEvent');
      await h.sendDue();
      const during = ward.received[0];
      expect(String(during.headers['webhook-signature']).split(' ')).toHaveLength(2);
      // A receiver already on the new secret verifies, and one still on the old secret too.
      expect(verified(rotated.secret, during).data.id).toBe(job.id);
      expect(verified(endpoint.secret, during).data.id).toBe(job.id);

      moveDateTo('2001-11-26T08:00:01Z');
      await h.publish(DispatchEvents.taskCompleted, taskStep(job, TaskStatus.Completed));
      await h.settled('onTaskEvent');
      await h.sendDue();
      const after = ward.received[1];
      expect(String(after.headers['webhook-signature']).split(' ')).toHaveLength(1);
      expect(verified(rotated.secret, after).data.id).toBe(job.id);
      expect(() => verified(endpoint.secret, after)).toThrow(WebhookVerificationError);
      expect((await h.service.app.get(EndpointsQueryService).get(endpoint.id, wardSystem)).previousSecretExpiresAt).toBeNull();
    } finally {
      await ward.close();
    }
  });
});
