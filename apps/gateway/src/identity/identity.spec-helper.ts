import { Global, INestApplication, Module, Provider, Type } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { Test } from '@nestjs/testing';
import { createValidationPipe, DatabaseModule, ENV, ProblemDetailsFilter, RpcClientModule } from '@hospital/platform';
import { createTestDatabase, natsUrl, TestDatabase, uniqueSubjectPrefix } from '@hospital/testing';
import request from 'supertest';
import { AuditModule } from '../audit/audit.module';
import { GATEWAY_CONFIG, gatewayConfig, GatewayEnv, loadGatewayEnv } from '../config';
import { IDENTITY_ENTITIES, IDENTITY_MIGRATIONS, IDENTITY_SCHEMA } from '../database/schema';
import { SeedModule } from '../seed/seed.module';
import { AuthGuard } from './access/auth.guard';
import { IdentityModule } from './identity.module';

export interface IdentityApp {
  app: INestApplication;
  http: ReturnType<typeof request>;
  db: TestDatabase;
  env: GatewayEnv;
  close(): Promise<void>;
}

export const IDENTITY_TEST_SECRET = 'integration-test-secret-that-is-long-enough';

/**
 * The gateway's identity and audit on a database of their own, over real HTTP, as the gateway
 * mounts them (prefix, validation, problem+json). `overrides` replaces collaborators outside the
 * gateway (the staff directory is dispatch's); `controllers` adds probe routes.
 */
export async function startIdentityApp(
  label: string,
  options: { env?: Record<string, string>; controllers?: Type<unknown>[]; overrides?: { provide: Type<unknown>; useValue: unknown }[] } = {},
): Promise<IdentityApp> {
  const db = await createTestDatabase(label);
  const env = loadGatewayEnv({
    NODE_ENV: 'test',
    DATABASE_URL: db.url,
    NATS_URL: natsUrl(),
    NATS_SUBJECT_PREFIX: uniqueSubjectPrefix(label),
    JWT_SECRET: IDENTITY_TEST_SECRET,
    JWT_TTL_SECONDS: '600',
    SEED_DEMO: 'true',
    ...options.env,
  });
  const providers: Provider[] = [
    { provide: ENV, useValue: env },
    { provide: GATEWAY_CONFIG, useValue: gatewayConfig(env) },
  ];

  @Global()
  @Module({ providers, exports: [ENV, GATEWAY_CONFIG] })
  class TestEnvModule {}

  let builder = Test.createTestingModule({
    imports: [
      TestEnvModule,
      DatabaseModule.forService({ url: db.url, schema: IDENTITY_SCHEMA, entities: IDENTITY_ENTITIES, migrations: IDENTITY_MIGRATIONS }),
      RpcClientModule.forRoot({ servers: env.NATS_URL, subjectPrefix: env.NATS_SUBJECT_PREFIX, timeoutMs: 2_000, name: label }),
      AuditModule,
      IdentityModule,
      SeedModule,
    ],
    controllers: options.controllers ?? [],
    // The global guard, as app.module.ts installs it (IdentityModule itself registers no guard).
    providers: [{ provide: APP_GUARD, useExisting: AuthGuard }],
  });
  for (const override of options.overrides ?? []) builder = builder.overrideProvider(override.provide).useValue(override.useValue);
  const app = (await builder.compile()).createNestApplication({ logger: ['error', 'warn'] });
  app.setGlobalPrefix('api/v1');
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new ProblemDetailsFilter());
  await app.init();
  return {
    app,
    http: request(app.getHttpServer()),
    db,
    env,
    async close() {
      await app.close();
      await db.drop();
    },
  };
}
