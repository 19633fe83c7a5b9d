import { INestApplication, Type } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { Test } from '@nestjs/testing';
import { createValidationPipe, ProblemDetailsFilter, RpcClientModule } from '@hospital/platform';
import { createTestDatabase, TestDatabase } from '@hospital/testing';
import request from 'supertest';
import { AuditModule } from '../audit/audit.module';
import type { GatewayEnv } from '../config';
import { gatewayTestModules } from '../gateway-env.spec-helper';
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
  const { env, imports } = gatewayTestModules(db, label, { SEED_DEMO: 'true', ...options.env });

  let builder = Test.createTestingModule({
    imports: [
      ...imports,
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
