import { ErrorCode, WebhookEndpointScope, WebhookEventType } from '@hospital/contracts';
import { idempotentRequest } from '@hospital/platform';
import { expectDomainError } from '@hospital/service-testing';
import { randomUUID } from 'node:crypto';
import { admin, aSystem, Receiver, SECRET_KEY, startWebhooksHarness, WebhooksHarness } from '../deliveries/deliveries.spec-helper';
import { WebhookPatterns } from '@hospital/contracts';
import { EndpointSecrets } from './endpoint-secrets';
import { EndpointsQueryService } from './endpoints-query.service';
import { ManageEndpointService } from './manage-endpoint.service';
import { RegisterEndpointService } from './register-endpoint.service';

describe('webhook endpoints (real Postgres)', () => {
  let h: WebhooksHarness;
  let receiver: Receiver;
  let registration: RegisterEndpointService;
  let management: ManageEndpointService;
  let queries: EndpointsQueryService;

  beforeAll(async () => {
    h = await startWebhooksHarness();
    receiver = await Receiver.start();
    registration = h.service.app.get(RegisterEndpointService);
    management = h.service.app.get(ManageEndpointService);
    queries = h.service.app.get(EndpointsQueryService);
  });

  afterAll(async () => {
    await receiver?.close();
    await h?.stop();
  });

  it('registers a system’s endpoint for its own jobs, with a Standard Webhooks secret shown in that answer only', async () => {
    const ward = aSystem();
    const created = await registration.create({ url: receiver.url, eventTypes: [WebhookEventType.TaskCompleted], description: '5病区护士站' }, ward, null);
    expect(created).toMatchObject({ ownerId: ward.id, scope: WebhookEndpointScope.OwnJobs, enabled: true, version: 1, description: '5病区护士站', previousSecretExpiresAt: null });
    expect(created.secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    const read = await queries.get(created.id, ward);
    expect(read).not.toHaveProperty('secret');
    expect(JSON.stringify(read)).not.toContain(created.secret.slice(6));
  });

  it('keeps the secret sealed at rest: the row does not hold it, and it opens only for its own endpoint', async () => {
    const created = await registration.create({ url: receiver.url, eventTypes: [WebhookEventType.TaskStarted] }, aSystem(), null);
    const [row] = await h.service.query<{ secret_sealed: string }[]>(`SELECT "secret_sealed" FROM "webhooks"."endpoints" WHERE "id" = $1`, [created.id]);
    expect(row.secret_sealed).not.toContain(created.secret.slice(6));
    const secrets = h.service.app.get(EndpointSecrets);
    expect(secrets.open(row.secret_sealed, created.id)).toBe(created.secret);
    expect(() => secrets.open(row.secret_sealed, randomUUID())).toThrow();
    const otherKey = new EndpointSecrets({ ...h.service.config, secretKey: `${SECRET_KEY}-another` });
    expect(() => otherKey.open(row.secret_sealed, created.id)).toThrow();
  });

  it('answers a retry with the same Idempotency-Key with the first endpoint and its secret, registering nothing new', async () => {
    const ward = aSystem();
    const dto = { url: receiver.url, eventTypes: [WebhookEventType.TaskAssigned] };
    const key = idempotentRequest(randomUUID(), WebhookPatterns.createEndpoint, ward, dto);
    const first = await registration.create(dto, ward, key);
    const again = await registration.create(dto, ward, key);
    expect(again).toEqual(first);
    expect((await queries.list({}, ward)).items.map((e) => e.id)).toEqual([first.id]);
    // The stored answer holds no secret in clear.
    const stored = await h.service.query<{ response: string }[]>(`SELECT "response"::text FROM "webhooks"."idempotency_keys" WHERE "key" = $1`, [key!.key]);
    expect(stored[0].response).not.toContain(first.secret.slice(6));
  });

  it('refuses a system the admin-only event types (incidents, complaints), naming eventTypes; an admin may', async () => {
    const refused = await expectDomainError(registration.create({ url: receiver.url, eventTypes: [WebhookEventType.TaskCompleted, WebhookEventType.IncidentReported] }, aSystem(), null));
    expect(refused).toMatchObject({ code: ErrorCode.WebhookEventTypeNotAllowed, details: { errors: [{ field: 'eventTypes' }] } });
    expect(refused.message).toContain('dispatch.incident.reported');
    const center = await registration.create({ url: receiver.url, eventTypes: [WebhookEventType.IncidentReported, WebhookEventType.ComplaintReceived] }, admin, null);
    expect(center.scope).toBe(WebhookEndpointScope.All);
    await management.remove(center.id, admin);
  });

  it('shows a system its own endpoints only (another’s is not found), and an admin all of them', async () => {
    const [ward, lab] = [aSystem('ward'), aSystem('lis')];
    const wards = await registration.create({ url: receiver.url, eventTypes: [WebhookEventType.TaskCreated] }, ward, null);
    const labs = await registration.create({ url: receiver.url, eventTypes: [WebhookEventType.TaskCreated] }, lab, null);
    expect((await queries.list({}, ward)).items.map((e) => e.id)).toEqual([wards.id]);
    const all = (await queries.list({ limit: 100 }, admin)).items.map((e) => e.id);
    expect(all).toEqual(expect.arrayContaining([wards.id, labs.id]));
    for (const attempt of [queries.get(labs.id, ward), management.update(labs.id, { enabled: false }, ward), management.rotateSecret(labs.id, ward), management.remove(labs.id, ward)]) {
      expect(await expectDomainError(attempt)).toMatchObject({ code: ErrorCode.WebhookEndpointNotFound });
    }
    expect(await queries.get(labs.id, admin)).toMatchObject({ ownerId: lab.id, enabled: true });
  });

  it('changes the URL and events, pauses and resumes, and deletes with the delivery log', async () => {
    const ward = aSystem();
    const created = await registration.create({ url: receiver.url, eventTypes: [WebhookEventType.TaskCreated] }, ward, null);
    const changed = await management.update(created.id, { url: `${receiver.url}/v2`, eventTypes: [WebhookEventType.TaskStarted, WebhookEventType.TaskCompleted] }, ward);
    expect(changed).toMatchObject({ url: `${receiver.url}/v2`, eventTypes: ['dispatch.task.started', 'dispatch.task.completed'], version: 2 });
    expect(await management.update(created.id, { enabled: false }, ward)).toMatchObject({ enabled: false, disabledReason: `paused by ${ward.id}`, version: 3 });
    expect(await management.update(created.id, { enabled: true }, ward)).toMatchObject({ enabled: true, disabledReason: null, disabledAt: null, version: 4 });
    const refused = await expectDomainError(management.update(created.id, { eventTypes: [WebhookEventType.ComplaintClosed] }, ward));
    expect(refused.code).toBe(ErrorCode.WebhookEventTypeNotAllowed);
    expect(await management.remove(created.id, ward)).toEqual({ id: created.id });
    expect(await expectDomainError(queries.get(created.id, ward))).toMatchObject({ code: ErrorCode.WebhookEndpointNotFound });
  });
});

describe('webhook endpoints with the production default: no private addresses', () => {
  let h: WebhooksHarness;

  beforeAll(async () => {
    h = await startWebhooksHarness({ WEBHOOKS_ALLOW_PRIVATE_URLS: 'false', WEBHOOKS_ALLOWED_NETWORKS: '10.20.0.0/16' });
  });

  afterAll(() => h?.stop());

  it('refuses loopback and the cloud metadata address, takes a host inside the hospital network the operator listed', async () => {
    const registration = h.service.app.get(RegisterEndpointService);
    const ward = aSystem();
    for (const url of ['http://127.0.0.1:8080/events', 'http://169.254.169.254/latest/meta-data', 'http://10.21.0.5/events']) {
      expect(await expectDomainError(registration.create({ url, eventTypes: [WebhookEventType.TaskCreated] }, ward, null))).toMatchObject({
        code: ErrorCode.WebhookUrlNotAllowed,
        details: { errors: [{ field: 'url' }] },
      });
    }
    await expect(registration.create({ url: 'http://10.20.0.15:8080/events', eventTypes: [WebhookEventType.TaskCreated] }, ward, null)).resolves.toMatchObject({ url: 'http://10.20.0.15:8080/events' });
    expect(await expectDomainError(h.service.app.get(ManageEndpointService).update((await h.service.app.get(EndpointsQueryService).list({}, ward)).items[0].id, { url: 'http://localhost:8080/x' }, ward))).toMatchObject({
      code: ErrorCode.WebhookUrlNotAllowed,
    });
  });
});
