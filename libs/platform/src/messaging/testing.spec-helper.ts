import { StreamNames } from '@hospital/contracts';
/*
 * Shared by the messaging specs only: a minimal service booted in-process on the real platform
 * wiring, on a database and a subject prefix (hence a stream) of the suite's own from
 * @hospital/testing. Not a spec (jest does not run it), not exported from index.ts.
 */
import { ConsoleLogger, LoggerService, Provider } from '@nestjs/common';
import { Test, TestingModule } from '@nestjs/testing';
import { getDataSourceToken } from '@nestjs/typeorm';
import { connect, JetStreamClient, JetStreamManager, NatsConnection, StoredMsg } from 'nats';
import { natsUrl } from '@hospital/testing';
import { DataSource, MigrationInterface, QueryRunner } from 'typeorm';
import { ServicePlatformModule } from '../bootstrap/service-platform.module';
import { loadEnv, ServiceEnv, serviceEnvSchema } from '../config/env';
import { MetricsService } from '../observability/metrics.service';
import { MessagingConnection } from './messaging-connection';
import { UnitOfWork } from './unit-of-work';

/** The service the specs pretend to be: also its schema, and the `<service>` in its subjects. */
export const SERVICE = 'msgtest';
export const WIDGET_CREATED = 'msgtest.widget.created';

/** The test service's own tables: the thing use cases change, and a log of handler effects. */
export class CreateMsgtestTables1700000000001 implements MigrationInterface {
  name = 'CreateMsgtestTables1700000000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "${SERVICE}"."widgets" (
      "id" uuid PRIMARY KEY,
      "label" varchar(100) NOT NULL,
      "created_at" timestamptz NOT NULL DEFAULT clock_timestamp())`);
    // No unique constraint on purpose: applying one event twice would show up as two rows.
    await q.query(`CREATE TABLE "${SERVICE}"."widget_log" (
      "id" bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      "consumer" varchar(120) NOT NULL,
      "event_id" uuid NOT NULL,
      "label" varchar(100),
      "applied_at" timestamptz NOT NULL DEFAULT clock_timestamp())`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "${SERVICE}"."widget_log"`);
    await q.query(`DROP TABLE "${SERVICE}"."widgets"`);
  }
}

/** Silent unless MSG_TEST_LOGS=1: dead-lettering logs errors on purpose, which is noise in a passing run. */
function testLogger(): LoggerService {
  if (process.env.MSG_TEST_LOGS) return new ConsoleLogger('msgtest');
  const noop = () => undefined;
  return { log: noop, error: noop, warn: noop, debug: noop, verbose: noop, fatal: noop };
}

export interface MessagingApp {
  module: TestingModule;
  env: ServiceEnv;
  names: StreamNames;
  db: DataSource;
  uow: UnitOfWork;
  connection: MessagingConnection;
  /** The value of one metric series from this instance's registry (collect() runs, as on a scrape). */
  metric(name: string, labels?: Record<string, string>): Promise<number>;
  close(): Promise<void>;
}

/**
 * Boots the platform (database + migrations, messaging connection, relay, consumers) with the
 * given providers, the way a service's AppModule would, and runs the bootstrap hooks, so the relay
 * and every `@OnEvent` consumer are live when this resolves.
 */
export async function startMessagingApp(options: {
  databaseUrl: string;
  prefix: string;
  providers?: Provider[];
  env?: Record<string, string>;
}): Promise<MessagingApp> {
  const env = loadEnv(serviceEnvSchema, {
    DATABASE_URL: options.databaseUrl,
    NATS_URL: natsUrl(),
    NATS_SUBJECT_PREFIX: options.prefix,
    HEALTH_PORT: '9',
    LOG_LEVEL: 'warn',
    EVENTS_ACK_WAIT_MS: '1000',
    EVENTS_MAX_DELIVER: '3',
    ...options.env,
  });
  const builder = Test.createTestingModule({
    imports: [ServicePlatformModule.forRoot({ service: SERVICE, env, entities: [], migrations: [CreateMsgtestTables1700000000001] })],
    providers: options.providers ?? [],
  });
  const module = await builder.setLogger(testLogger()).compile();
  await module.init();
  const registry = module.get(MetricsService).registry;
  let closed = false;
  return {
    module,
    env,
    names: new StreamNames(env.NATS_SUBJECT_PREFIX),
    db: module.get<DataSource>(getDataSourceToken()),
    uow: module.get(UnitOfWork),
    connection: module.get(MessagingConnection),
    metric: async (name, labels = {}) => {
      const metric = registry.getSingleMetric(name);
      if (!metric) throw new Error(`no metric ${name}`);
      const { values } = await metric.get();
      const match = values.find((v) => Object.entries(labels).every(([k, want]) => String((v.labels as Record<string, unknown>)[k]) === want));
      return match?.value ?? 0;
    },
    close: async () => {
      if (closed) return;
      closed = true;
      await module.close();
    },
  };
}

/** An operator's own view of NATS: not the service's connection. */
export interface NatsObserver {
  nc: NatsConnection;
  js: JetStreamClient;
  jsm: JetStreamManager;
  /** Every message in the stream, in stream order. */
  readStream(stream: string): Promise<StoredMsg[]>;
  /** Remove the suite's stream (and with it its consumers), then disconnect. */
  dispose(stream: string): Promise<void>;
}

export async function observeNats(): Promise<NatsObserver> {
  const nc = await connect({ servers: natsUrl(), name: 'msgtest-observer' });
  const jsm = await nc.jetstreamManager();
  return {
    nc,
    jsm,
    js: nc.jetstream(),
    readStream: async (stream) => {
      const { state } = await jsm.streams.info(stream);
      if (state.messages === 0) return [];
      const seqs: number[] = [];
      for (let seq = state.first_seq; seq <= state.last_seq; seq++) seqs.push(seq);
      const out: StoredMsg[] = [];
      for (let i = 0; i < seqs.length; i += 50) {
        out.push(...(await Promise.all(seqs.slice(i, i + 50).map((seq) => jsm.streams.getMessage(stream, { seq })))));
      }
      return out;
    },
    dispose: async (stream) => {
      await jsm.streams.delete(stream).catch(() => undefined);
      await nc.drain();
    },
  };
}

export async function count(db: DataSource, sql: string, params: unknown[] = []): Promise<number> {
  const [row] = (await db.query(`SELECT count(*)::int AS n FROM (${sql}) q`, params)) as [{ n: number }];
  return row.n;
}
