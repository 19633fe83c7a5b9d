import { createTestDatabase, natsUrl, TestDatabase, uniqueSubjectPrefix } from '@hospital/testing';
import { AppProcess, freePort } from './app-process';

export const JWT_SECRET = 'e2e-secret-0123456789abcdef0123456789';

/** Gateway and dispatch as separate processes on a database and NATS subject space of their own. */
export class PlatformUnderTest {
  db!: TestDatabase;
  gateway!: AppProcess;
  dispatch!: AppProcess;

  async start(label: string): Promise<void> {
    this.db = await createTestDatabase(label);
    const shared = {
      DATABASE_URL: this.db.url,
      NATS_URL: natsUrl(),
      NATS_SUBJECT_PREFIX: uniqueSubjectPrefix(label),
      SEED_DEMO: 'true',
    };
    const healthPort = await freePort();
    this.dispatch = new AppProcess('dispatch', { ...shared, HEALTH_PORT: String(healthPort) }, healthPort);
    await this.dispatch.start();
    const port = await freePort();
    this.gateway = new AppProcess(
      'gateway',
      { ...shared, PORT: String(port), JWT_SECRET, RPC_TIMEOUT_MS: '3000', RATE_LIMIT_PER_MINUTE: '100000', RATE_LIMIT_PUBLIC_PER_MINUTE: '10' },
      port,
    );
    await this.gateway.start();
  }

  async stop(): Promise<void> {
    await Promise.all([this.gateway?.stop(), this.dispatch?.stop()]);
    await this.db?.drop();
  }

  url(path: string): string {
    return `${this.gateway.baseUrl}/api/v1${path}`;
  }
}
