import { INestApplication } from '@nestjs/common';
import { ErrorCode, Role, WebhookPatterns } from '@hospital/contracts';
import { RpcCallError } from '@hospital/platform';
import request from 'supertest';
import { bearerFor, startRoutesHarness } from '../http/routes-harness.spec-helper';
import { WebhooksController } from './webhooks.controller';

const ENDPOINT = '11111111-1111-4111-8111-111111111111';
const DELIVERY = '22222222-2222-4222-8222-222222222222';
const valid = { url: 'https://his.hospital.example/platform-events', eventTypes: ['dispatch.task.assigned', 'dispatch.task.completed'] };

/** The webhook routes as the gateway serves them, with the service replaced by a recorder: who may call what, and what reaches NATS. */
describe('webhook routes (gateway HTTP)', () => {
  let app: INestApplication;
  let http: ReturnType<typeof request>;
  const rpc = { send: jest.fn() };
  const as = bearerFor;

  beforeAll(async () => {
    ({ app, http } = await startRoutesHarness([WebhooksController], rpc));
  });

  afterAll(() => app.close());

  beforeEach(() => rpc.send.mockReset().mockResolvedValue({}));

  it.each([Role.Dispatcher, Role.Manager, Role.Worker, Role.Supervisor])('refuses a %s with 403, without asking the service', async (role) => {
    for (const res of [
      await http.post('/api/v1/webhooks/endpoints').set(as(role)).send(valid),
      await http.get('/api/v1/webhooks/endpoints').set(as(role)),
      await http.post(`/api/v1/webhooks/endpoints/${ENDPOINT}/deliveries/${DELIVERY}/redeliver`).set(as(role)).send({}),
      await http.get(`/api/v1/webhooks/endpoints/${ENDPOINT}/deliveries/${DELIVERY}`).set(as(role)),
    ]) {
      expect(res.status).toBe(403);
      expect(res.body.code).toBe(ErrorCode.Forbidden);
    }
    expect(rpc.send).not.toHaveBeenCalled();
  });

  it('refuses a caller without credentials with 401', async () => {
    expect((await http.get('/api/v1/webhooks/endpoints')).status).toBe(401);
  });

  it.each([Role.Integration, Role.Admin])('lets a %s register an endpoint (201) and forwards the body as validated, description trimmed', async (role) => {
    rpc.send.mockResolvedValue({ id: ENDPOINT, url: valid.url, eventTypes: valid.eventTypes, secret: 'whsec_x' });
    const res = await http.post('/api/v1/webhooks/endpoints').set(as(role)).set('Idempotency-Key', 'e0b9c1c2-4e4f-4f0d-9d1a-3f6b7c8d9e0f').send({ ...valid, description: ' 护士站 ' });
    expect(res.status).toBe(201);
    expect(res.body.secret).toBe('whsec_x');
    expect(rpc.send).toHaveBeenCalledWith(WebhookPatterns.createEndpoint, expect.objectContaining({ roles: [role] }), { ...valid, description: '护士站' });
  });

  it.each([
    ['a URL that is not http(s)', { ...valid, url: 'ftp://his.example/x' }, 'url'],
    ['a URL that is not a URL', { ...valid, url: 'his events' }, 'url'],
    ['no event types', { ...valid, eventTypes: [] }, 'eventTypes'],
    ['an event type that does not exist', { ...valid, eventTypes: ['dispatch.task.exploded'] }, 'eventTypes'],
    ['an event type twice', { ...valid, eventTypes: ['dispatch.task.created', 'dispatch.task.created'] }, 'eventTypes'],
    ['a field the API does not have', { ...valid, secret: 'mine' }, 'secret'],
  ])('refuses %s: 400 naming the field', async (_, body, field) => {
    const res = await http.post('/api/v1/webhooks/endpoints').set(as(Role.Integration)).send(body);
    expect(res.status).toBe(400);
    expect(res.body.code).toBe(ErrorCode.ValidationFailed);
    expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
    expect(rpc.send).not.toHaveBeenCalled();
  });

  it('refuses a malformed Idempotency-Key with 400 naming it', async () => {
    const res = await http.post('/api/v1/webhooks/endpoints').set(as(Role.Integration)).set('Idempotency-Key', 'x'.repeat(256)).send(valid);
    expect(res.status).toBe(400);
    expect(res.body.errors[0].field).toBe('Idempotency-Key');
  });

  it('forwards the reads, the change, the rotation and the deletion with the endpoint id', async () => {
    expect((await http.get('/api/v1/webhooks/endpoints?limit=5').set(as(Role.Admin))).status).toBe(200);
    expect(rpc.send).toHaveBeenLastCalledWith(WebhookPatterns.listEndpoints, expect.anything(), { limit: 5 });
    expect((await http.get(`/api/v1/webhooks/endpoints/${ENDPOINT}`).set(as(Role.Integration))).status).toBe(200);
    expect(rpc.send).toHaveBeenLastCalledWith(WebhookPatterns.getEndpoint, expect.anything(), { id: ENDPOINT });
    expect((await http.patch(`/api/v1/webhooks/endpoints/${ENDPOINT}`).set(as(Role.Integration)).send({ enabled: true })).status).toBe(200);
    expect(rpc.send).toHaveBeenLastCalledWith(WebhookPatterns.updateEndpoint, expect.anything(), { id: ENDPOINT, changes: { enabled: true } });
    expect((await http.post(`/api/v1/webhooks/endpoints/${ENDPOINT}/rotate-secret`).set(as(Role.Integration)).send({})).status).toBe(200);
    expect(rpc.send).toHaveBeenLastCalledWith(WebhookPatterns.rotateSecret, expect.anything(), { id: ENDPOINT });
    const deleted = await http.delete(`/api/v1/webhooks/endpoints/${ENDPOINT}`).set(as(Role.Integration));
    expect(deleted.status).toBe(204);
    expect(rpc.send).toHaveBeenLastCalledWith(WebhookPatterns.deleteEndpoint, expect.anything(), { id: ENDPOINT });
  });

  it('forwards the delivery log with its filters, and a redelivery with both ids', async () => {
    expect((await http.get(`/api/v1/webhooks/endpoints/${ENDPOINT}/deliveries?status=DEAD&eventType=dispatch.task.completed&limit=10`).set(as(Role.Integration))).status).toBe(200);
    expect(rpc.send).toHaveBeenLastCalledWith(WebhookPatterns.listDeliveries, expect.anything(), { id: ENDPOINT, status: 'DEAD', eventType: 'dispatch.task.completed', limit: 10 });
    expect((await http.post(`/api/v1/webhooks/endpoints/${ENDPOINT}/deliveries/${DELIVERY}/redeliver`).set(as(Role.Integration)).send({})).status).toBe(200);
    expect(rpc.send).toHaveBeenLastCalledWith(WebhookPatterns.redeliver, expect.anything(), { id: ENDPOINT, deliveryId: DELIVERY });
  });

  it.each([Role.Integration, Role.Admin])('forwards a %s’s read of one delivery with both ids and the caller, and answers the detail as the service gave it', async (role) => {
    const detail = { id: DELIVERY, endpointId: ENDPOINT, status: 'SUCCEEDED', attempt: 3, attempts: [{ attempt: 1, outcome: 'RETRY' }, { attempt: 2, outcome: 'RETRY' }, { attempt: 3, outcome: 'SUCCEEDED' }] };
    rpc.send.mockResolvedValue(detail);
    const res = await http.get(`/api/v1/webhooks/endpoints/${ENDPOINT}/deliveries/${DELIVERY}`).set(as(role, `${role}-caller`));
    expect(res.status).toBe(200);
    expect(res.body).toEqual(detail);
    expect(rpc.send).toHaveBeenCalledWith(WebhookPatterns.getDelivery, expect.objectContaining({ id: `${role}-caller`, roles: [role] }), { id: ENDPOINT, deliveryId: DELIVERY });
  });

  it('answers 404 problem+json for another system’s endpoint, as the list does, and for a delivery the endpoint does not have, as redeliver does', async () => {
    const detail = `/api/v1/webhooks/endpoints/${ENDPOINT}/deliveries/${DELIVERY}`;
    const answer = (res: request.Response) => ({ status: res.status, code: res.body.code, type: res.headers['content-type'] });
    const notFound = (code: ErrorCode) => ({ status: 404, code, type: expect.stringContaining('application/problem+json') });

    rpc.send.mockRejectedValue(new RpcCallError(ErrorCode.WebhookEndpointNotFound, `Webhook endpoint ${ENDPOINT} does not exist`));
    expect(answer(await http.get(detail).set(as(Role.Integration, 'system-b')))).toEqual(notFound(ErrorCode.WebhookEndpointNotFound));
    expect(answer(await http.get(`/api/v1/webhooks/endpoints/${ENDPOINT}/deliveries`).set(as(Role.Integration, 'system-b')))).toEqual(notFound(ErrorCode.WebhookEndpointNotFound));

    rpc.send.mockRejectedValue(new RpcCallError(ErrorCode.WebhookDeliveryNotFound, `Webhook delivery ${DELIVERY} does not exist`));
    expect(answer(await http.get(detail).set(as(Role.Integration)))).toEqual(notFound(ErrorCode.WebhookDeliveryNotFound));
  });

  it('refuses ids that are not UUIDs and a status that does not exist, without asking the service', async () => {
    const bad = [
      await http.get('/api/v1/webhooks/endpoints/42').set(as(Role.Integration)),
      await http.post(`/api/v1/webhooks/endpoints/${ENDPOINT}/deliveries/7/redeliver`).set(as(Role.Integration)).send({}),
      await http.get(`/api/v1/webhooks/endpoints/${ENDPOINT}/deliveries/7`).set(as(Role.Integration)),
      await http.get(`/api/v1/webhooks/endpoints/${ENDPOINT}/deliveries?status=LOST`).set(as(Role.Integration)),
      await http.patch(`/api/v1/webhooks/endpoints/${ENDPOINT}`).set(as(Role.Integration)).send({ enabled: 'yes' }),
    ];
    expect(bad.map((r) => [r.status, r.body.errors?.[0]?.field])).toEqual([
      [400, 'id'],
      [400, 'deliveryId'],
      [400, 'deliveryId'],
      [400, 'status'],
      [400, 'enabled'],
    ]);
    expect(rpc.send).not.toHaveBeenCalled();
  });
});
