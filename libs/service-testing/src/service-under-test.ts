import { EventEnvelope, StreamNames } from '@hospital/contracts';
import { loadService, ServiceDefinition, ServiceEnv, startService, StartedService } from '@hospital/platform';
import { connect, JetStreamManager, NatsConnection } from 'nats';
import { DataSource } from 'typeorm';
import { createTestDatabase, freePort, natsUrl, TestDatabase, uniqueSubjectPrefix } from '@hospital/testing';
import { deleteTestStream } from '@hospital/testing';

/** One row of the service's outbox, as the specs read it: the envelope is stored as JSON, so it comes back typed. */
export interface OutboxRow<TPayload = unknown> {
  id: string;
  subject: string;
  aggregate_id: string;
  envelope: EventEnvelope<string, TPayload>;
  published_at: Date | null;
}

export interface ServiceUnderTest<E extends ServiceEnv = ServiceEnv, C = unknown> extends StartedService {
  env: E;
  /** The service's shaped settings, as its modules got them. */
  config: C;
  db: TestDatabase;
  baseUrl: string;
  /** Raw SQL on the service's own connection, for arranging rows and reading what the service wrote. */
  query<T = unknown>(sql: string, params?: unknown[]): Promise<T>;
  /** The service's outbox in write order (`seq`): every row, or one aggregate's. */
  outbox<TPayload = unknown>(aggregateId?: string): Promise<OutboxRow<TPayload>[]>;
  /**
   * The suite's JetStream, to check what the relay published. Connected on first use (most suites never
   * need it) and closed by stop(); the stream itself is the suite's, so stop() deletes it either way.
   */
  jetstream(): Promise<{ jsm: JetStreamManager; names: StreamNames }>;
  /** Closes the app and everything opened for it, and drops the suite's database and stream. */
  stop(): Promise<void>;
}

export interface ServiceUnderTestOptions<C> {
  /** Environment variables on top of the suite's own database, prefix and port; validated as in production. */
  env?: Record<string, string>;
  /** Shaped settings replaced after validation, for values production may not use (a sweep every 200 ms). */
  config?: Partial<C>;
}

/** Boots a service in this process exactly as main.ts does, on a database and subject prefix of its own. */
export async function startServiceUnderTest<E extends ServiceEnv, C>(
  definition: ServiceDefinition<E, C>,
  options: ServiceUnderTestOptions<C> = {},
): Promise<ServiceUnderTest<E, C>> {
  const service = definition.name;
  const db = await createTestDatabase(service);
  let started: StartedService;
  let loaded: { env: E; config: C };
  try {
    const { env, config, module } = loadService(
      definition,
      {
        DATABASE_URL: db.url,
        NATS_URL: natsUrl(),
        NATS_SUBJECT_PREFIX: uniqueSubjectPrefix(service),
        HEALTH_PORT: String(await freePort()),
        LOG_LEVEL: 'warn',
        ...options.env,
      },
      options.config,
    );
    loaded = { env, config };
    started = await startService(module, { service, env });
  } catch (error) {
    await db.drop().catch(() => undefined);
    throw error;
  }
  const { env, config } = loaded;
  const query = <T>(sql: string, params?: unknown[]): Promise<T> => started.app.get(DataSource).query(sql, params);
  const names = new StreamNames(env.NATS_SUBJECT_PREFIX);
  // The promise, not the connection, so concurrent first calls share one connection.
  let nats: Promise<{ nc: NatsConnection; jsm: JetStreamManager }> | undefined;
  return {
    ...started,
    env,
    config,
    db,
    baseUrl: `http://127.0.0.1:${env.HEALTH_PORT}`,
    query,
    outbox: <TPayload>(aggregateId?: string) =>
      query<OutboxRow<TPayload>[]>(
        // The outbox lives in the service's own schema, named after the service.
        `SELECT "id", "subject", "aggregate_id", "envelope", "published_at" FROM "${service}"."outbox"
         ${aggregateId === undefined ? '' : 'WHERE "aggregate_id" = $1'} ORDER BY "seq"`,
        aggregateId === undefined ? [] : [aggregateId],
      ),
    jetstream: async () => {
      nats ??= connect({ servers: env.NATS_URL, name: `${service}-spec` }).then(async (nc) => ({ nc, jsm: await nc.jetstreamManager() }));
      return { jsm: (await nats).jsm, names };
    },
    stop: async () => {
      try {
        await started.app.close();
      } finally {
        await nats?.then(({ nc }) => nc.close()).catch(() => undefined);
        await deleteTestStream(env.NATS_URL, env.NATS_SUBJECT_PREFIX).catch(() => undefined);
        await db.drop();
      }
    },
  };
}
