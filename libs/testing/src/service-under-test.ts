import { DynamicModule } from '@nestjs/common';
import { loadEnv, ServiceEnv, serviceEnvSchema, startService, StartedService } from '@hospital/platform';
import { createTestDatabase, natsUrl, TestDatabase, uniqueSubjectPrefix } from './test-database';
import { deleteTestStream } from './test-stream';
import { freePort } from './wait';

export interface ServiceUnderTest extends StartedService {
  env: ServiceEnv;
  db: TestDatabase;
  baseUrl: string;
  stop(): Promise<void>;
}

/** Boots a service in this process exactly as main.ts does, on a database and subject prefix of its own. */
export async function startServiceUnderTest(
  service: string,
  moduleFor: (env: ServiceEnv) => DynamicModule,
  overrides: Record<string, string> = {},
): Promise<ServiceUnderTest> {
  const db = await createTestDatabase(service);
  const env = loadEnv(serviceEnvSchema, {
    DATABASE_URL: db.url,
    NATS_URL: natsUrl(),
    NATS_SUBJECT_PREFIX: uniqueSubjectPrefix(service),
    HEALTH_PORT: String(await freePort()),
    LOG_LEVEL: 'warn',
    ...overrides,
  });
  let started: StartedService;
  try {
    started = await startService(moduleFor(env), { service, env });
  } catch (error) {
    await db.drop().catch(() => undefined);
    throw error;
  }
  return {
    ...started,
    env,
    db,
    baseUrl: `http://127.0.0.1:${env.HEALTH_PORT}`,
    stop: async () => {
      try {
        await started.app.close();
      } finally {
        await db.drop();
        await deleteTestStream(env.NATS_URL, env.NATS_SUBJECT_PREFIX).catch(() => undefined);
      }
    },
  };
}
