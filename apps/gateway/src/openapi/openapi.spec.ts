import { NestFactory } from '@nestjs/core';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GatewayAppModule } from '../app.module';
import { loadGatewayEnv } from '../config';
import { applyRoutePrefix } from '../http/configure-gateway';
import { buildOpenApiDocument } from './openapi';

const COMMITTED = join(__dirname, '..', '..', '..', '..', 'openapi.json');

/**
 * Builds the document from the gateway's real modules in preview mode (routes and DTOs,
 * no database or NATS). `npm run openapi` runs this with UPDATE_OPENAPI=1 to rewrite the file;
 * the end-to-end suite checks the running gateway serves exactly the committed file.
 */
describe('openapi.json', () => {
  it('matches the document the gateway builds', async () => {
    const env = loadGatewayEnv({
      DATABASE_URL: 'postgres://preview@127.0.0.1:1/preview',
      NATS_URL: 'nats://127.0.0.1:1',
      JWT_SECRET: 'preview-only-secret-0123456789abcdef',
    });
    const app = await NestFactory.create(GatewayAppModule.forRoot(env), { preview: true, logger: false });
    applyRoutePrefix(app);
    const generated = JSON.parse(JSON.stringify(buildOpenApiDocument(app)));
    await app.close();

    if (process.env.UPDATE_OPENAPI === '1') writeFileSync(COMMITTED, `${JSON.stringify(generated, null, 2)}\n`);
    expect(existsSync(COMMITTED)).toBe(true);
    const committed = JSON.parse(readFileSync(COMMITTED, 'utf8'));
    // A difference means the API changed: run `npm run openapi` and commit openapi.json with the change.
    expect(generated).toEqual(committed);

    // Every operation says who may call it and what comes back when it fails.
    for (const [path, item] of Object.entries(generated.paths as Record<string, Record<string, { responses: object; security?: unknown[] }>>)) {
      for (const [method, op] of Object.entries(item)) {
        expect({ op: `${method} ${path}`, responses: Object.keys(op.responses).some((s) => s.startsWith('4')) }).toEqual({ op: `${method} ${path}`, responses: true });
      }
    }
  });
});
