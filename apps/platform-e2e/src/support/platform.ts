import { createTestDatabase, deleteTestStream, natsUrl, TestDatabase, uniqueSubjectPrefix } from '@hospital/testing';
import { Pool } from 'pg';
import { AppProcess, freePort } from './app-process';

export const JWT_SECRET = 'e2e-secret-0123456789abcdef0123456789';
/** The deposit service's key for ID numbers and pickup codes (at least 32 characters). */
export const ID_HASH_KEY = 'e2e-id-hash-key-0123456789abcdef-0123';
/** The webhooks service's key for sealing the endpoints' signing secrets (at least 32 characters). */
export const WEBHOOKS_SECRET_KEY = 'e2e-webhooks-secret-key-0123456789abcdef';

export interface PlatformOptions {
  /** The NATS to run on; by default the shared one (`NATS_URL`), under a subject prefix of the suite's own. */
  natsUrl?: string;
  /** How many dispatch processes share the `dispatch` queue group (default 1). */
  dispatchReplicas?: number;
  /** Also run the feedback service (default false). */
  withFeedback?: boolean;
  /** Also run the deposit service, with ID_HASH_KEY set (default false). */
  withDeposit?: boolean;
  /**
   * Also run the webhooks service (default false), with WEBHOOKS_SECRET_KEY set and private URLs
   * allowed, since the suites' receivers listen on loopback; `serviceEnv` may override both.
   */
  withWebhooks?: boolean;
  /** Extra environment for the services (dispatch, feedback, deposit and webhooks), e.g. `EVENTS_ACK_WAIT_MS`. */
  serviceEnv?: Record<string, string>;
  /** Extra environment for the gateway, e.g. the first administrator or the identity provider. */
  gatewayEnv?: Record<string, string>;
  /** Demo data and logins (default true); false starts as a production install does, empty. */
  seedDemo?: boolean;
}

/**
 * Gateway, dispatch (one or more replicas) and optionally feedback and deposit as separate processes on a
 * database and NATS subject space of their own.
 */
export class PlatformUnderTest {
  db!: TestDatabase;
  gateway!: AppProcess;
  /** The dispatch processes, in start order (a killed one stays listed until restarted). */
  readonly dispatchReplicas: AppProcess[] = [];
  feedback: AppProcess | null = null;
  deposit: AppProcess | null = null;
  webhooks: AppProcess | null = null;
  subjectPrefix = '';
  private ownNats = false;
  private readonly everyProcess: AppProcess[] = [];
  private pool: Pool | null = null;

  /** The first dispatch process. */
  get dispatch(): AppProcess {
    return this.dispatchReplicas[0];
  }

  /** The test database, for direct checks with `pg` (see `query`). */
  get databaseUrl(): string {
    return this.db.url;
  }

  async start(label: string, options: PlatformOptions = {}): Promise<void> {
    this.db = await createTestDatabase(label);
    this.subjectPrefix = uniqueSubjectPrefix(label);
    this.ownNats = options.natsUrl !== undefined;
    const shared = {
      DATABASE_URL: this.db.url,
      NATS_URL: options.natsUrl ?? natsUrl(),
      NATS_SUBJECT_PREFIX: this.subjectPrefix,
      SEED_DEMO: String(options.seedDemo ?? true),
    };
    // `defaults` first, so a suite's serviceEnv can still override them (e.g. its own ID_HASH_KEY).
    const serviceEnv = async (defaults: Record<string, string>) => ({ ...shared, ...defaults, ...options.serviceEnv, HEALTH_PORT: String(await freePort()) });
    const service = async (app: 'dispatch' | 'feedback' | 'deposit' | 'webhooks', defaults: Record<string, string> = {}) => {
      const env = await serviceEnv(defaults);
      return this.track(new AppProcess(app, env, Number(env.HEALTH_PORT)));
    };

    // The first dispatch migrates and seeds alone; everything else then starts side by side.
    const first = await service('dispatch');
    this.dispatchReplicas.push(first);
    await first.start();
    const starting: Promise<void>[] = [];
    for (let i = 1; i < (options.dispatchReplicas ?? 1); i++) {
      const replica = await service('dispatch');
      this.dispatchReplicas.push(replica);
      starting.push(replica.start());
    }
    if (options.withFeedback) {
      this.feedback = await service('feedback');
      starting.push(this.feedback.start());
    }
    if (options.withDeposit) {
      this.deposit = await service('deposit', { ID_HASH_KEY });
      starting.push(this.deposit.start());
    }
    if (options.withWebhooks) {
      this.webhooks = await service('webhooks', { WEBHOOKS_SECRET_KEY, WEBHOOKS_ALLOW_PRIVATE_URLS: 'true' });
      starting.push(this.webhooks.start());
    }
    const port = await freePort();
    this.gateway = this.track(
      new AppProcess(
        'gateway',
        {
          ...shared,
          PORT: String(port),
          JWT_SECRET,
          RPC_TIMEOUT_MS: '3000',
          RATE_LIMIT_PER_MINUTE: '100000',
          RATE_LIMIT_PUBLIC_PER_MINUTE: '10',
          // Suites log in as many accounts as they need; the one about the login limit sets its own.
          RATE_LIMIT_LOGIN_PER_MINUTE: '1000',
          ...options.gatewayEnv,
        },
        port,
      ),
    );
    starting.push(this.gateway.start());
    const outcomes = await Promise.allSettled(starting);
    const failed = outcomes.find((o): o is PromiseRejectedResult => o.status === 'rejected');
    if (failed) throw failed.reason;
  }

  /**
   * Start a fresh process of the same app with the same environment and port, as Kubernetes
   * restarts a pod; the platform's references point at the new one. The old one must be stopped.
   */
  async restart(old: AppProcess): Promise<AppProcess> {
    if (old.running) throw new Error(`${old.app} (pid ${old.pid}) is still running; stop it first`);
    const fresh = this.track(old.respawn());
    if (old === this.gateway) this.gateway = fresh;
    if (old === this.feedback) this.feedback = fresh;
    if (old === this.deposit) this.deposit = fresh;
    if (old === this.webhooks) this.webhooks = fresh;
    const replica = this.dispatchReplicas.indexOf(old);
    if (replica >= 0) this.dispatchReplicas.splice(replica, 1, fresh);
    await fresh.start();
    return fresh;
  }

  /** A query on the test database (every service's schema is in it). */
  async query<T = Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<T[]> {
    this.pool ??= new Pool({ connectionString: this.db.url, max: 4, application_name: 'platform-e2e' });
    const { rows } = await this.pool.query(sql, params);
    return rows as T[];
  }

  async stop(): Promise<void> {
    await Promise.all(this.everyProcess.map((p) => p.stop()));
    await this.pool?.end();
    this.pool = null;
    await this.db?.drop();
    // On the shared NATS the suite's stream would outlive it; an own nats-server takes its store along.
    if (this.subjectPrefix && !this.ownNats) await deleteTestStream(natsUrl(), this.subjectPrefix).catch(() => undefined);
  }

  url(path: string): string {
    return `${this.gateway.baseUrl}/api/v1${path}`;
  }

  private track(process: AppProcess): AppProcess {
    this.everyProcess.push(process);
    return process;
  }
}
