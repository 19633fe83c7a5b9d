import { ServiceDefinition, ServiceEnv } from '@hospital/platform';
import { Client } from 'pg';
import { ServiceUnderTest, ServiceUnderTestOptions, startServiceUnderTest } from './service-under-test';

/**
 * What every service must do from its first day, asserted the same way for each: boot as
 * main.ts does, answer its probes and metrics, own its schema.
 */
export function describeServiceBoot<E extends ServiceEnv, C>(definition: ServiceDefinition<E, C>, options: ServiceUnderTestOptions<C> = {}): void {
  const service = definition.name;
  describe(`the ${service} service`, () => {
    let running: ServiceUnderTest<E, C>;

    beforeAll(async () => {
      running = await startServiceUnderTest(definition, options);
    });

    afterAll(() => running.stop());

    it('is live, and ready once its database and NATS answer', async () => {
      expect((await fetch(`${running.baseUrl}/health/live`)).status).toBe(200);
      const ready = await fetch(`${running.baseUrl}/health/ready`);
      expect(ready.status).toBe(200);
      expect(await ready.json()).toMatchObject({ status: 'ok', info: { database: { status: 'up' }, nats: { status: 'up' } } });
    });

    it('owns its own schema, created at start by its migrations', async () => {
      const client = new Client({ connectionString: running.db.url });
      await client.connect();
      try {
        const { rows } = await client.query('SELECT table_name FROM information_schema.tables WHERE table_schema = $1', [service]);
        expect(rows.map((r: { table_name: string }) => r.table_name)).toContain('migrations');
      } finally {
        await client.end();
      }
    });

    it('serves Prometheus metrics', async () => {
      const res = await fetch(`${running.baseUrl}/metrics`);
      expect(res.status).toBe(200);
      expect(await res.text()).toContain('process_resident_memory_bytes');
    });
  });
}
