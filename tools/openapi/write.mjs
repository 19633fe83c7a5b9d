// Rewrites openapi.json from the gateway's code (preview mode: no database or NATS needed).
import { spawnSync } from 'node:child_process';

const result = spawnSync(
  'npx',
  ['jest', '-c', 'apps/gateway/jest.config.js', 'apps/gateway/src/openapi/openapi.spec.ts'],
  { stdio: 'inherit', env: { ...process.env, UPDATE_OPENAPI: '1' } },
);
process.exit(result.status ?? 1);
