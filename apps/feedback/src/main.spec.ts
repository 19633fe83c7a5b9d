import { startServiceUnderTest, ServiceUnderTest } from '@hospital/testing';
import { Client } from 'pg';
import { FeedbackAppModule } from './app.module';
import { SERVICE_NAME } from './config';

describe('the feedback service', () => {
  let service: ServiceUnderTest;

  beforeAll(async () => {
    service = await startServiceUnderTest(SERVICE_NAME, (env) => FeedbackAppModule.forRoot(env));
  });

  afterAll(() => service.stop());

  it('is live and ready once its database and NATS answer', async () => {
    expect((await fetch(`${service.baseUrl}/health/live`)).status).toBe(200);
    const ready = await fetch(`${service.baseUrl}/health/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ status: 'ok', info: { database: { status: 'up' }, nats: { status: 'up' } } });
  });

  it('owns its own schema, created at start by its migrations', async () => {
    const client = new Client({ connectionString: service.db.url });
    await client.connect();
    try {
      const { rows } = await client.query('SELECT table_name FROM information_schema.tables WHERE table_schema = $1', ['feedback']);
      expect(rows.map((r) => r.table_name)).toContain('migrations');
    } finally {
      await client.end();
    }
  });

  it('serves Prometheus metrics', async () => {
    const res = await fetch(`${service.baseUrl}/metrics`);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('process_resident_memory_bytes');
  });
});
