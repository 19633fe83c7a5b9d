import { DataSource, DataSourceOptions, EntitySchema, MigrationExecutor, MixedList } from 'typeorm';

export interface ServiceDatabaseOptions {
  url: string;
  /** The Postgres schema this service owns; nothing else writes to it. */
  schema: string;
  entities: MixedList<string | (new () => unknown) | EntitySchema>;
  migrations: MixedList<string | (new () => unknown)>;
  poolSize?: number;
  applicationName?: string;
}

/** Options for a service's DataSource: its own schema, migrations only, never synchronize. */
export function serviceDataSourceOptions(options: ServiceDatabaseOptions): DataSourceOptions {
  return {
    type: 'postgres',
    url: options.url,
    schema: options.schema,
    entities: options.entities,
    migrations: options.migrations,
    migrationsTableName: 'migrations',
    migrationsRun: false,
    synchronize: false,
    // Not 'error': TypeORM would print failed queries with their parameters, i.e. personal data.
    logging: ['warn', 'migration'],
    applicationName: options.applicationName ?? options.schema,
    extra: { max: options.poolSize ?? 10 },
  };
}

/** Stable 32-bit key per schema for pg_advisory_lock, so each service locks only itself. */
export function migrationLockKey(schema: string): number {
  let hash = 0;
  for (const char of `migrations:${schema}`) hash = (Math.imul(hash, 31) + char.charCodeAt(0)) | 0;
  return hash;
}

/**
 * Create the schema if needed and run pending migrations while holding a session-level advisory
 * lock, so replicas starting together (or the Helm hook job and a pod) never race.
 */
export async function migrateLocked(dataSource: DataSource, schema: string): Promise<string[]> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  const key = migrationLockKey(schema);
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [key]);
    await runner.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
    // Migrate on the connection that holds the lock: a pool of one must not deadlock on itself.
    const executor = new MigrationExecutor(dataSource, runner);
    executor.transaction = 'each';
    const applied = await executor.executePendingMigrations();
    return applied.map((m) => m.name);
  } finally {
    await runner.query('SELECT pg_advisory_unlock($1)', [key]).catch(() => undefined);
    await runner.release();
  }
}
