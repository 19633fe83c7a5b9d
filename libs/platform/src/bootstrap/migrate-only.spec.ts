import { DataSource, MigrationInterface, QueryRunner } from 'typeorm';
import { createTestDatabase, TestDatabase } from '@hospital/testing';
import { loadEnv, serviceEnvSchema } from '../config/env';
import { ServicePlatformModule } from './service-platform.module';
import { migrateOnly } from './bootstrap-service';

const SCHEMA = 'migonly';

class CreateParcels1700000000001 implements MigrationInterface {
  name = 'CreateParcels1700000000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "${SCHEMA}"."parcels" ("id" integer PRIMARY KEY)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "${SCHEMA}"."parcels"`);
  }
}

describe('migrateOnly (MIGRATE_ONLY=true, the Helm migration Job)', () => {
  let db: TestDatabase;
  let check: DataSource;

  beforeAll(async () => {
    db = await createTestDatabase('migonly');
    check = await new DataSource({ type: 'postgres', url: db.url }).initialize();
  });

  afterAll(async () => {
    await check?.destroy();
    await db?.drop();
  });

  it('reads MIGRATE_ONLY as a flag, off by default', () => {
    const base = { DATABASE_URL: 'postgres://x@h/db', NATS_URL: 'nats://h:4222', HEALTH_PORT: '8081' };
    expect(loadEnv(serviceEnvSchema, base).MIGRATE_ONLY).toBe(false);
    expect(loadEnv(serviceEnvSchema, { ...base, MIGRATE_ONLY: 'true' }).MIGRATE_ONLY).toBe(true);
  });

  it('applies the service and platform migrations and returns without NATS or a listening port', async () => {
    // Nothing listens on port 1: the run would hang or fail if it tried to reach NATS.
    const env = loadEnv(serviceEnvSchema, { DATABASE_URL: db.url, NATS_URL: 'nats://127.0.0.1:1', HEALTH_PORT: '1', LOG_LEVEL: 'silent' });
    const module = ServicePlatformModule.forRoot({ service: SCHEMA, env, entities: [], migrations: [CreateParcels1700000000001] });

    await migrateOnly(module);

    const applied = (await check.query(`SELECT "name" FROM "${SCHEMA}"."migrations" ORDER BY "id"`)) as { name: string }[];
    expect(applied.map((m) => m.name)).toContain('CreateParcels1700000000001');
    const tables = (await check.query(`SELECT table_name FROM information_schema.tables WHERE table_schema = $1`, [SCHEMA])) as {
      table_name: string;
    }[];
    expect(tables.map((t) => t.table_name)).toEqual(expect.arrayContaining(['parcels', 'outbox', 'dead_letters']));
  });

  it('is a no-op the second time (the pods that start after the Job find nothing pending)', async () => {
    const env = loadEnv(serviceEnvSchema, { DATABASE_URL: db.url, NATS_URL: 'nats://127.0.0.1:1', HEALTH_PORT: '1', LOG_LEVEL: 'silent' });
    const module = ServicePlatformModule.forRoot({ service: SCHEMA, env, entities: [], migrations: [CreateParcels1700000000001] });
    const before = (await check.query(`SELECT count(*)::int AS n FROM "${SCHEMA}"."migrations"`)) as [{ n: number }];

    await migrateOnly(module);

    const after = (await check.query(`SELECT count(*)::int AS n FROM "${SCHEMA}"."migrations"`)) as [{ n: number }];
    expect(after[0].n).toBe(before[0].n);
  });
});
