import { Actor, ErrorCode, TaskStatus, WebhookAttemptOutcome, WebhookDeliveryDetailDto, WebhookEventType, WebhookPatterns } from '@hospital/contracts';
import { RpcCallError, RpcClient } from '@hospital/platform';
import { freezeDateAt, moveDateTo, unfreezeDate } from '@hospital/testing';
import { ManageEndpointService } from '../endpoints/manage-endpoint.service';
import { DeliveryLogRetention } from './delivery-log-retention';
import { DeliverySender } from './delivery-sender';
import { RedeliverService } from './redeliver.service';
import { admin, aSystem, Receiver, startWebhooksHarness, taskCreated, taskStep, WebhooksHarness } from './deliveries.spec-helper';

/**
 * The history of a delivery's attempts, read as the gateway reads it: over NATS, through the
 * handler and the service's validation, against real receivers on loopback.
 */
describe('a delivery’s attempts (real Postgres, NATS and HTTP receivers on loopback)', () => {
  let h: WebhooksHarness;
  let rpc: RpcClient;
  let ward: Receiver;
  let wardSystem: Actor;

  const detail = (endpointId: string, deliveryId: string, actor: Actor = wardSystem) =>
    rpc.send<WebhookDeliveryDetailDto>(WebhookPatterns.getDelivery, actor, { id: endpointId, deliveryId });
  const failure = (promise: Promise<unknown>) => promise.then(() => null, (error: unknown) => error as RpcCallError);
  const attemptRows = (deliveryId: string) =>
    h.service.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM "webhooks"."delivery_attempts" WHERE "delivery_id" = $1`, [deliveryId]).then(([row]) => row.n);

  /** An endpoint of the ward's with one delivery of a job's acceptance waiting; returns both ids. */
  async function oneDelivery(type = WebhookEventType.TaskAccepted): Promise<{ endpointId: string; deliveryId: string }> {
    const endpoint = await h.register(wardSystem, ward.url, [type]);
    const status = type === WebhookEventType.TaskAccepted ? TaskStatus.Accepted : TaskStatus.Assigned;
    await h.publish(type, taskStep(taskCreated(wardSystem.id), status));
    await h.settled('onTaskEvent');
    const [delivery] = await h.deliveriesOf(endpoint.id);
    return { endpointId: endpoint.id, deliveryId: delivery.id };
  }

  beforeAll(async () => {
    // Three attempts in all: the first, then 5 s and 5 min later.
    h = await startWebhooksHarness({ WEBHOOKS_TIMEOUT_MS: '1000', WEBHOOKS_RETRY_SCHEDULE: '5s,5m' });
    rpc = new RpcClient({ servers: h.service.env.NATS_URL, subjectPrefix: h.service.env.NATS_SUBJECT_PREFIX, timeoutMs: 5_000, name: 'delivery-attempts-spec' });
    await rpc.onModuleInit();
  });

  afterAll(async () => {
    await rpc?.onApplicationShutdown();
    await h?.stop();
  });

  beforeEach(async () => {
    wardSystem = aSystem('ward');
    ward = await Receiver.start();
  });

  afterEach(async () => {
    unfreezeDate();
    await ward.close();
  });

  it('shows a receiver that failed twice and then took it: three attempts, numbered 1 to 3, each with its answer and what it led to', async () => {
    freezeDateAt('2001-11-23T08:00:00Z');
    ward.answerWith([500, 500]);
    const { endpointId, deliveryId } = await oneDelivery();
    expect(await detail(endpointId, deliveryId)).toMatchObject({ status: 'PENDING', attempt: 0, attempts: [] });

    expect(await h.sendDue()).toBe(1);
    moveDateTo('2001-11-23T08:00:05Z');
    expect(await h.sendDue()).toBe(1);
    moveDateTo('2001-11-23T08:05:05Z');
    expect(await h.sendDue()).toBe(1);

    const delivery = await detail(endpointId, deliveryId);
    expect(delivery).toMatchObject({ id: deliveryId, endpointId, status: 'SUCCEEDED', attempt: 3, responseStatus: 200, error: null, lastAttemptAt: '2001-11-23T08:05:05.000Z' });
    expect(delivery.attempts.map(({ durationMs: _duration, ...rest }) => rest)).toEqual([
      { attempt: 1, at: '2001-11-23T08:00:00.000Z', responseStatus: 500, error: 'HTTP 500', outcome: WebhookAttemptOutcome.Retry },
      { attempt: 2, at: '2001-11-23T08:00:05.000Z', responseStatus: 500, error: 'HTTP 500', outcome: WebhookAttemptOutcome.Retry },
      { attempt: 3, at: '2001-11-23T08:05:05.000Z', responseStatus: 200, error: null, outcome: WebhookAttemptOutcome.Succeeded },
    ]);
    for (const { durationMs } of delivery.attempts) {
      expect(Number.isInteger(durationMs)).toBe(true);
      expect(durationMs).toBeGreaterThanOrEqual(0);
    }
    // The log's line is the last attempt of the history.
    expect(delivery.durationMs).toBe(delivery.attempts[2].durationMs);
    expect(ward.received).toHaveLength(3);
  });

  it('records a 410 Gone as one attempt that disabled the endpoint', async () => {
    freezeDateAt('2001-11-24T08:00:00Z');
    ward.answerWith([410]);
    const { endpointId, deliveryId } = await oneDelivery();
    expect(await h.sendDue()).toBe(1);
    expect(await detail(endpointId, deliveryId)).toMatchObject({
      status: 'DEAD',
      attempt: 1,
      attempts: [{ attempt: 1, at: '2001-11-24T08:00:00.000Z', responseStatus: 410, error: 'HTTP 410: the endpoint was disabled', outcome: WebhookAttemptOutcome.Gone }],
    });
  });

  it('keeps the attempts before a redelivery and numbers on from them, while the delivery’s own count starts again', async () => {
    freezeDateAt('2001-11-25T08:00:00Z');
    // The last attempt of the schedule gets no answer: it times out, a dead letter with no status.
    ward.answerWith([503, 500, 'hang']);
    const { endpointId, deliveryId } = await oneDelivery();
    expect(await h.sendDue()).toBe(1);
    moveDateTo('2001-11-25T08:00:05Z');
    expect(await h.sendDue()).toBe(1);
    moveDateTo('2001-11-25T08:05:05Z');
    expect(await h.sendDue()).toBe(1);
    const dead = await detail(endpointId, deliveryId);
    expect(dead).toMatchObject({ status: 'DEAD', attempt: 3 });
    expect(dead.attempts.map((a) => [a.attempt, a.responseStatus, a.error, a.outcome])).toEqual([
      [1, 503, 'HTTP 503', WebhookAttemptOutcome.Retry],
      [2, 500, 'HTTP 500', WebhookAttemptOutcome.Retry],
      [3, null, 'timed out after 1000 ms', WebhookAttemptOutcome.Dead],
    ]);
    expect(dead.attempts[2].durationMs).toBeGreaterThanOrEqual(1000);

    moveDateTo('2001-11-26T09:00:00Z');
    ward.answerWith([], 200);
    await h.service.app.get(RedeliverService).redeliver({ id: endpointId, deliveryId }, wardSystem);
    expect(await detail(endpointId, deliveryId)).toMatchObject({ status: 'PENDING', attempt: 0, attempts: dead.attempts });
    expect(await h.sendDue()).toBe(1);

    const again = await detail(endpointId, deliveryId);
    expect(again).toMatchObject({ status: 'SUCCEEDED', attempt: 1, responseStatus: 200, error: null });
    expect(again.attempts.slice(0, 3)).toEqual(dead.attempts);
    expect(again.attempts.map((a) => [a.attempt, a.at, a.outcome])).toEqual([
      [1, '2001-11-25T08:00:00.000Z', WebhookAttemptOutcome.Retry],
      [2, '2001-11-25T08:00:05.000Z', WebhookAttemptOutcome.Retry],
      [3, '2001-11-25T08:05:05.000Z', WebhookAttemptOutcome.Dead],
      [4, '2001-11-26T09:00:00.000Z', WebhookAttemptOutcome.Succeeded],
    ]);
  });

  it('lets the owner and admins read a delivery; another system, another endpoint’s delivery and an unknown one are not found', async () => {
    const { endpointId, deliveryId } = await oneDelivery(WebhookEventType.TaskAssigned);
    const other = await h.register(wardSystem, ward.url, [WebhookEventType.TaskCompleted]);
    expect((await detail(endpointId, deliveryId, admin)).id).toBe(deliveryId);

    const labSystem = aSystem('lis');
    // As the list answers another system: the endpoint does not exist for it.
    expect((await failure(detail(endpointId, deliveryId, labSystem)))?.code).toBe(ErrorCode.WebhookEndpointNotFound);
    expect((await failure(rpc.send(WebhookPatterns.listDeliveries, labSystem, { id: endpointId })))?.code).toBe(ErrorCode.WebhookEndpointNotFound);
    // As redeliver answers a delivery the endpoint does not have.
    expect((await failure(detail(other.id, deliveryId)))?.code).toBe(ErrorCode.WebhookDeliveryNotFound);
    expect((await failure(detail(endpointId, '00000000-0000-4000-8000-000000000000')))?.code).toBe(ErrorCode.WebhookDeliveryNotFound);
    const invalid = await failure(rpc.send(WebhookPatterns.getDelivery, wardSystem, { id: endpointId, deliveryId: '7' }));
    expect(invalid?.code).toBe(ErrorCode.ValidationFailed);
    await h.service.app.get(ManageEndpointService).remove(other.id, wardSystem);
    // Its waiting delivery would otherwise go out in the ticks of the specs after this one.
    await h.service.app.get(ManageEndpointService).remove(endpointId, wardSystem);
  });

  it('writes no attempt for one the delivery has moved on from (its lease ran out and another sender took it), nor half of one', async () => {
    ward.answerWith([], 'hang');
    const { endpointId, deliveryId } = await oneDelivery();
    const tick = await h.service.app.get(DeliverySender).startDue();
    expect(tick.started).toBe(1);
    // While the receiver holds the request: the count moves on, as another sender's claim moves it.
    await h.service.query(`UPDATE "webhooks"."deliveries" SET "attempts" = "attempts" + 1 WHERE "id" = $1`, [deliveryId]);
    await tick.finished;
    expect(await detail(endpointId, deliveryId)).toMatchObject({ status: 'PENDING', attempt: 2, lastAttemptAt: null, attempts: [] });
    expect(await attemptRows(deliveryId)).toBe(0);
    await h.service.app.get(ManageEndpointService).remove(endpointId, wardSystem);
    expect(await attemptRows(deliveryId)).toBe(0);
  });

  it('loses the history with its delivery: the retention sweep and the deletion of an endpoint take the attempts too', async () => {
    freezeDateAt('2001-11-27T08:00:00Z');
    ward.answerWith([500, 500]);
    const kept = await oneDelivery(WebhookEventType.TaskAccepted);
    const pruned = await oneDelivery(WebhookEventType.TaskAssigned);
    expect(await h.sendDue()).toBe(2);
    moveDateTo('2001-11-27T08:00:05Z');
    expect(await h.sendDue()).toBe(2);
    expect([await attemptRows(kept.deliveryId), await attemptRows(pruned.deliveryId)]).toEqual([2, 2]);

    // One of the two is pruned by the sweep (it is finished and old enough), the other goes with its endpoint.
    await h.service.query(`UPDATE "webhooks"."deliveries" SET "updated_at" = '2001-10-01T00:00:00Z' WHERE "id" = $1`, [pruned.deliveryId]);
    expect(await h.service.app.get(DeliveryLogRetention).prune(new Date('2001-11-27T08:00:05Z'))).toBe(1);
    expect([await attemptRows(kept.deliveryId), await attemptRows(pruned.deliveryId)]).toEqual([2, 0]);
    expect((await failure(detail(pruned.endpointId, pruned.deliveryId)))?.code).toBe(ErrorCode.WebhookDeliveryNotFound);

    await h.service.app.get(ManageEndpointService).remove(kept.endpointId, wardSystem);
    expect(await attemptRows(kept.deliveryId)).toBe(0);
  });
});
