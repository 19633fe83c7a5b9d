import { Column, DataSource, Entity, MigrationInterface, PrimaryColumn, QueryRunner } from 'typeorm';
import { createTestDatabase } from '@hospital/testing';
// Not @hospital/testing: that lib depends on this one, so the platform keeps its own spec helpers.
import { migrateLocked, migrationLockKey, ServiceDatabaseOptions, serviceDataSourceOptions } from './service-data-source';

/**
 * A migration that takes a moment, so two unlocked runners would both see it pending and
 * collide (the second CREATE TABLE fails, or the migrations table gets two rows).
 */
function widgetsMigration(schema: string) {
  return class CreateWidgets1700000000001 implements MigrationInterface {
    name = 'CreateWidgets1700000000001';

    async up(q: QueryRunner): Promise<void> {
      await q.query('SELECT pg_sleep(0.3)');
      await q.query(`CREATE TABLE "${schema}"."widgets" ("id" integer PRIMARY KEY, "label" varchar(20) NOT NULL)`);
    }

    async down(q: QueryRunner): Promise<void> {
      await q.query(`DROP TABLE "${schema}"."widgets"`);
    }
  };
}

@Entity({ name: 'gadgets' })
class GadgetEntity {
  @PrimaryColumn('int') id: number;
  @Column('varchar') label: string;
}

describe('service data source (real Postgres)', () => {
  let db: { url: string; drop(): Promise<void> };
  const opened: DataSource[] = [];

  const open = async (options: Omit<ServiceDatabaseOptions, 'url'>, quiet = false): Promise<DataSource> => {
    const dsOptions = serviceDataSourceOptions({ url: db.url, ...options });
    const dataSource = await new DataSource(quiet ? { ...dsOptions, logging: false } : dsOptions).initialize();
    opened.push(dataSource);
    return dataSource;
  };

  const tableExists = async (ds: DataSource, schema: string, table: string): Promise<boolean> => {
    const rows = (await ds.query(`SELECT 1 FROM information_schema.tables WHERE table_schema = $1 AND table_name = $2`, [
      schema,
      table,
    ])) as unknown[];
    return rows.length === 1;
  };

  const appliedMigrations = async (ds: DataSource, schema: string): Promise<string[]> =>
    ((await ds.query(`SELECT "name" FROM "${schema}"."migrations" ORDER BY "id"`)) as { name: string }[]).map((r) => r.name);

  beforeAll(async () => {
    db = await createTestDatabase('platformdb');
  });

  afterAll(async () => {
    await Promise.all(opened.filter((ds) => ds.isInitialized).map((ds) => ds.destroy()));
    await db?.drop();
  });

  describe('serviceDataSourceOptions', () => {
    it('binds the service to its schema with its own migrations table and never synchronizes', () => {
      const options = serviceDataSourceOptions({ url: 'postgres://x@db/hospital', schema: 'dispatch', entities: [], migrations: [] });
      expect(options).toMatchObject({
        type: 'postgres',
        schema: 'dispatch',
        migrationsTableName: 'migrations',
        synchronize: false,
        migrationsRun: false,
        applicationName: 'dispatch',
      });
    });

    it('uses the pool size and application name it is given', () => {
      const options = serviceDataSourceOptions({
        url: 'postgres://x@db/hospital',
        schema: 'dispatch',
        entities: [],
        migrations: [],
        poolSize: 3,
        applicationName: 'dispatch-worker',
      });
      expect(options).toMatchObject({ applicationName: 'dispatch-worker', extra: { max: 3 } });
    });

    it('does not create tables for entities when a data source opens', async () => {
      const ds = await open({ schema: 'nosync', entities: [GadgetEntity], migrations: [] });
      await ds.query('CREATE SCHEMA IF NOT EXISTS "nosync"');
      expect(await tableExists(ds, 'nosync', 'gadgets')).toBe(false);
      expect(await tableExists(ds, 'public', 'gadgets')).toBe(false);
    });
  });

  describe('migrationLockKey', () => {
    it('is a stable 32-bit integer, different per schema', () => {
      const keys = ['dispatch', 'deposit', 'feedback', 'identity'].map(migrationLockKey);
      expect(new Set(keys).size).toBe(4);
      for (const key of keys) {
        expect(Number.isInteger(key)).toBe(true);
        expect(key).toBeGreaterThanOrEqual(-(2 ** 31));
        expect(key).toBeLessThan(2 ** 31);
      }
      expect(migrationLockKey('dispatch')).toBe(keys[0]);
    });
  });

  describe('migrateLocked', () => {
    it('creates the schema, runs the pending migration and records it in the schema\'s migrations table', async () => {
      const schema = 'svc_single';
      const ds = await open({ schema, entities: [], migrations: [widgetsMigration(schema)] });

      const applied = await migrateLocked(ds, schema);

      expect(applied).toEqual(['CreateWidgets1700000000001']);
      expect(await tableExists(ds, schema, 'widgets')).toBe(true);
      expect(await tableExists(ds, schema, 'migrations')).toBe(true);
      expect(await tableExists(ds, 'public', 'migrations')).toBe(false);
      expect(await appliedMigrations(ds, schema)).toEqual(['CreateWidgets1700000000001']);
    });

    it('does nothing the second time', async () => {
      const schema = 'svc_single';
      const ds = await open({ schema, entities: [], migrations: [widgetsMigration(schema)] });

      await expect(migrateLocked(ds, schema)).resolves.toEqual([]);
      expect(await appliedMigrations(ds, schema)).toEqual(['CreateWidgets1700000000001']);
    });

    it('applies a migration exactly once when two replicas start together', async () => {
      const schema = 'svc_race';
      const [a, b] = await Promise.all([
        open({ schema, entities: [], migrations: [widgetsMigration(schema)] }),
        open({ schema, entities: [], migrations: [widgetsMigration(schema)] }),
      ]);

      const results = await Promise.allSettled([migrateLocked(a, schema), migrateLocked(b, schema)]);

      expect(results.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled']);
      const applied = results.map((r) => (r as PromiseFulfilledResult<string[]>).value);
      // One replica did the work, the other found nothing left to do.
      expect(applied.flat()).toEqual(['CreateWidgets1700000000001']);
      expect(await appliedMigrations(a, schema)).toEqual(['CreateWidgets1700000000001']);
      expect(await tableExists(a, schema, 'widgets')).toBe(true);
    });

    it('migrates with a pool of one connection (the lock holder runs the migrations)', async () => {
      const ds = await open({ schema: 'svc_pool1', entities: [], migrations: [widgetsMigration('svc_pool1')], poolSize: 1 });
      await expect(migrateLocked(ds, 'svc_pool1')).resolves.toHaveLength(1);
    });

    it('releases the lock, so another replica can migrate afterwards', async () => {
      const schema = 'svc_race';
      const key = migrationLockKey(schema);
      const ds = await open({ schema, entities: [], migrations: [widgetsMigration(schema)] });
      // Session-level lock: take and give it back on one connection.
      const runner = ds.createQueryRunner();
      try {
        const [{ locked }] = (await runner.query('SELECT pg_try_advisory_lock($1) AS locked', [key])) as [{ locked: boolean }];
        expect(locked).toBe(true);
        await runner.query('SELECT pg_advisory_unlock($1)', [key]);
      } finally {
        await runner.release();
      }
    });

    it('leaves nothing half-applied when a migration fails, and reports the failure', async () => {
      const schema = 'svc_broken';
      class Broken1700000000002 implements MigrationInterface {
        name = 'Broken1700000000002';
        async up(q: QueryRunner): Promise<void> {
          await q.query(`CREATE TABLE "${schema}"."half" ("id" integer)`);
          await q.query(`SELECT * FROM "${schema}"."no_such_table"`);
        }
        async down(): Promise<void> {
          // nothing to undo
        }
      }
      const ds = await open({ schema, entities: [], migrations: [Broken1700000000002] }, true);

      await expect(migrateLocked(ds, schema)).rejects.toThrow(/no_such_table/);
      expect(await tableExists(ds, schema, 'half')).toBe(false);
      expect(await appliedMigrations(ds, schema)).toEqual([]);
    });
  });
});
