import { NestFactory } from '@nestjs/core';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GatewayAppModule } from '../app.module';
import { loadGatewayEnv } from '../config';
import { applyRoutePrefix } from '../http/configure-gateway';
import { ErrorCode, TASK_DETAILS_KEY, TaskType } from '@hospital/contracts';
import { buildOpenApiDocument } from './openapi';
import { committedDocument, type Json, operations } from './openapi-document.spec-helper';

const COMMITTED = join(__dirname, '..', '..', '..', '..', 'openapi.json');

/**
 * Builds the document from the gateway's real modules in preview mode (routes and DTOs,
 * no database or NATS). `npm run openapi` runs this with UPDATE_OPENAPI=1 to rewrite the file;
 * the end-to-end suite checks the running gateway serves exactly the committed file.
 */
describe('openapi.json', () => {
  it('matches the document the gateway builds', async () => {
    const env = loadGatewayEnv({
      DATABASE_URL: 'postgres://preview@127.0.0.1:1/preview',
      NATS_URL: 'nats://127.0.0.1:1',
      JWT_SECRET: 'preview-only-secret-0123456789abcdef',
    });
    const app = await NestFactory.create(GatewayAppModule.forRoot(env), { preview: true, logger: false });
    applyRoutePrefix(app);
    const generated = JSON.parse(JSON.stringify(buildOpenApiDocument(app)));
    await app.close();

    if (process.env.UPDATE_OPENAPI === '1') writeFileSync(COMMITTED, `${JSON.stringify(generated, null, 2)}\n`);
    expect(existsSync(COMMITTED)).toBe(true);
    const committed = JSON.parse(readFileSync(COMMITTED, 'utf8'));
    // A difference means the API changed: run `npm run openapi` and commit openapi.json with the change.
    expect(generated).toEqual(committed);

  });
});

/** What docs/api.md promises about the document, checked on the committed file every client generator reads. */
describe('the guarantees of openapi.json', () => {
  // Read when the tests run: `npm run openapi` writes the file in the test above first.
  let document: Json;
  let all: ReturnType<typeof operations>;
  beforeAll(() => {
    document = committedDocument();
    all = operations(document);
  });
  const named = (path: string, method: string) => `${method.toUpperCase()} ${path}`;

  it('gives every operation a summary, a description and a declared tag', () => {
    const declared = new Set((document.tags as { name: string; description?: string }[]).map((tag) => tag.description && tag.name));
    const lacking = all
      .filter(({ operation }) => !operation.summary || !operation.description || !operation.tags?.length || !operation.tags.every((t: string) => declared.has(t)))
      .map(({ path, method }) => named(path, method));
    expect(lacking).toEqual([]);
  });

  it('answers every error as application/problem+json with ProblemDto, and every answer with X-Request-Id', () => {
    const wrong: string[] = [];
    for (const { path, method, operation } of all) {
      for (const [status, response] of Object.entries(operation.responses as Record<string, Json>)) {
        if (!response.headers?.['X-Request-Id']) wrong.push(`${named(path, method)} ${status}: no X-Request-Id`);
        if (Number(status) < 400) continue;
        const media = Object.keys(response.content ?? {});
        if (media.join() !== 'application/problem+json' || response.content['application/problem+json'].schema.$ref !== '#/components/schemas/ProblemDto') {
          wrong.push(`${named(path, method)} ${status}: ${media.join(', ')}`);
        }
      }
    }
    expect(wrong).toEqual([]);
    expect(document.components.schemas.ProblemDto.properties.code.allOf).toEqual([{ $ref: '#/components/schemas/ErrorCode' }]);
    expect(document.components.schemas.ErrorCode.enum).toEqual(Object.values(ErrorCode));
  });

  it('says `security: []` on the routes open without an account, and alternatives of one scheme each everywhere else', () => {
    for (const { path, method, operation } of all) {
      const security = operation.security as Record<string, string[]>[];
      expect({ op: named(path, method), isList: Array.isArray(security) }).toEqual({ op: named(path, method), isList: true });
      if (!security.length) continue;
      expect({ op: named(path, method), schemes: security.map((requirement) => Object.keys(requirement).length) }).toEqual({
        op: named(path, method),
        schemes: security.map(() => 1),
      });
    }
    const open = all.filter(({ operation }) => operation.security.length === 0).map(({ path, method }) => named(path, method));
    expect(open).toEqual(expect.arrayContaining(['POST /api/v1/auth/login', 'GET /api/v1/deposits/lookup', 'POST /api/v1/feedback/complaints/public']));
    // A hospital system's key or a person's token: either, never both (AuthGuard answers 401 to both).
    expect(document.paths['/api/v1/dispatch/tasks'].post.security).toEqual([{ bearer: [] }, { 'api-key': [] }]);
  });

  it('declares 400, 404 and 503/504 where the gateway can answer them', () => {
    const missing: string[] = [];
    for (const { path, method, operation } of all) {
      const has = (status: string) => operation.responses[status] !== undefined;
      if ((operation.requestBody || operation.parameters?.length) && !has('400')) missing.push(`${named(path, method)} 400`);
      if (path.includes('{id}') && !has('404')) missing.push(`${named(path, method)} 404`);
      if (operation.security.length && (!has('401') || !has('403')) && operation.operationId !== 'Auth_me') missing.push(`${named(path, method)} 401/403`);
      if (has('503') !== has('504')) missing.push(`${named(path, method)} 503 without 504 or the reverse`);
    }
    expect(missing).toEqual([]);
    expect(document.paths['/api/v1/dispatch/tasks/{id}'].get.responses['404'].description).toContain('TASK_NOT_FOUND');
    expect(document.paths['/api/v1/dispatch/tasks'].post.responses['503'].description).toContain('SERVICE_UNAVAILABLE');
    expect(document.paths['/api/v1/users'].post.responses['504'].description).toContain('SERVICE_TIMEOUT');
    // The identity routes talk to the gateway's own database, not to a service.
    expect(document.paths['/api/v1/auth/login'].post.responses['503']).toBeUndefined();
  });

  it('documents Idempotency-Key on the routes that read it, and the rate-limit headers on 429', () => {
    const idempotent = all.filter(({ operation }) => (operation.parameters ?? []).some((p: Json) => p.$ref === '#/components/parameters/Idempotency-Key'));
    expect(idempotent.map(({ operation }) => operation.operationId)).toEqual(expect.arrayContaining(['Tasks_create', 'Deposits_checkIn', 'Staff_create']));
    for (const { operation } of idempotent) {
      expect(operation.responses['409'].description).toContain('IDEMPOTENCY_KEY_IN_USE');
      expect(operation.responses['422'].description).toContain('IDEMPOTENCY_KEY_REUSED');
    }
    // Every route is rate limited but the labels every screen loads (@Unlimited()).
    const unlimited = all.filter(({ operation }) => !operation.responses['429']).map(({ operation }) => operation.operationId);
    expect(unlimited).toEqual(['Meta_labels']);
    for (const { operation } of all.filter(({ operation }) => operation.responses['429'])) {
      expect(Object.keys(operation.responses['429'].headers).sort()).toEqual(['Retry-After', 'X-RateLimit-Limit', 'X-RateLimit-Remaining', 'X-RateLimit-Reset', 'X-Request-Id']);
    }
  });

  it('states a job’s details as a union discriminated on type, built from TASK_DETAILS_KEY', () => {
    const union = document.components.schemas.CreateTaskDto;
    expect(Object.keys(union.discriminator.mapping).sort()).toEqual(Object.values(TaskType).sort());
    for (const [type, key] of Object.entries(TASK_DETAILS_KEY)) {
      const variant = document.components.schemas[union.discriminator.mapping[type].replace('#/components/schemas/', '')];
      expect(variant.properties.type.enum).toEqual([type]);
      expect(variant.required).toEqual(expect.arrayContaining(['type', key]));
      const others = Object.values(TASK_DETAILS_KEY).filter((k) => k !== key);
      expect(others.filter((k) => variant.properties[k])).toEqual([]);
      expect(variant.additionalProperties).toBe(false);
    }
  });
});
