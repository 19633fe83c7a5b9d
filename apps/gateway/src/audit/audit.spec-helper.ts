import { Global, INestApplication, Module, Type } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { Test } from '@nestjs/testing';
import { ErrorCode, Role } from '@hospital/contracts';
import { DatabaseModule, DomainError, ENV, MetricsService, RpcClient } from '@hospital/platform';
import { actors, createTestDatabase, TestDatabase } from '@hospital/testing';
import request from 'supertest';
import { GATEWAY_CONFIG, gatewayConfig, GatewayEnv, loadGatewayEnv } from '../config';
import { IDENTITY_ENTITIES, IDENTITY_MIGRATIONS, IDENTITY_SCHEMA } from '../database/schema';
import { configureGateway } from '../http/configure-gateway';
import { ApiKeysService, AuthGuard, GatewayActor } from '../identity';
import { BearerAuthenticator } from '../identity/access/bearer-authenticator';
import { AuditModule } from './audit.module';

/** The caller a bearer token names in these specs: `Bearer <role>` or `Bearer <role>:<user id>`. */
function actorFor(token: string): GatewayActor {
  const [role, id] = token.split(':') as [Role, string | undefined];
  if (!Object.values(Role).includes(role)) throw new DomainError(ErrorCode.Unauthenticated, 'bad token');
  return { ...actors.user(role, { staffId: null, ...(id ? { id } : {}) }), name: id ?? role };
}

/** The Authorization header of a caller with `role` (and, to act as a named user, their id). */
export const bearer = (role: Role, userId?: string) => ({ Authorization: `Bearer ${role}${userId ? `:${userId}` : ''}` });

export interface AuditTestApp {
  app: INestApplication;
  http: ReturnType<typeof request>;
  db: TestDatabase;
  env: GatewayEnv;
  close(): Promise<void>;
}

/**
 * The gateway as it serves requests (request id, validation, the global AuthGuard, problem+json)
 * with the audit module on a real Postgres database of the suite's own, migrated like the
 * gateway's; the services behind NATS are replaced by `rpc`, a recorder.
 */
export async function startAuditApp(label: string, controllers: Type<unknown>[], rpc: { send: jest.Mock }): Promise<AuditTestApp> {
  const db = await createTestDatabase(label);
  const env = loadGatewayEnv({
    NODE_ENV: 'test',
    DATABASE_URL: db.url,
    NATS_URL: process.env.NATS_URL ?? 'nats://127.0.0.1:4222',
    JWT_SECRET: 'audit-test-secret-that-is-long-enough-0123',
  });

  @Global()
  @Module({
    providers: [
      { provide: ENV, useValue: env },
      { provide: GATEWAY_CONFIG, useValue: gatewayConfig(env) },
    ],
    exports: [ENV, GATEWAY_CONFIG],
  })
  class TestEnvModule {}

  const moduleRef = await Test.createTestingModule({
    imports: [
      TestEnvModule,
      DatabaseModule.forService({ url: db.url, schema: IDENTITY_SCHEMA, entities: IDENTITY_ENTITIES, migrations: IDENTITY_MIGRATIONS }),
      AuditModule,
    ],
    controllers,
    providers: [
      MetricsService,
      { provide: RpcClient, useValue: rpc },
      { provide: BearerAuthenticator, useValue: { authenticate: async (token: string) => actorFor(token) } },
      { provide: ApiKeysService, useValue: { authenticate: async () => null } },
      { provide: APP_GUARD, useClass: AuthGuard },
    ],
  }).compile();
  const app = moduleRef.createNestApplication({ logger: ['error'] });
  configureGateway(app);
  await app.init();
  return {
    app,
    http: request(app.getHttpServer()),
    db,
    env,
    close: async () => {
      await app.close();
      await db.drop();
    },
  };
}
