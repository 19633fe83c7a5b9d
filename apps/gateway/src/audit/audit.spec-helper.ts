import { INestApplication, Type } from '@nestjs/common';
import { createTestDatabase, TestDatabase } from '@hospital/testing';
import type request from 'supertest';
import type { GatewayEnv } from '../config';
import { gatewayTestModules } from '../gateway-env.spec-helper';
import { startRoutesHarness } from '../http/routes-harness.spec-helper';
import { AuditModule } from './audit.module';

export { bearerFor as bearer } from '../http/routes-harness.spec-helper';

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
  const { env, imports } = gatewayTestModules(db, label);
  const { app, http } = await startRoutesHarness(controllers, rpc, [...imports, AuditModule]);
  return {
    app,
    http,
    db,
    env,
    close: async () => {
      await app.close();
      await db.drop();
    },
  };
}
