// Rewrites openapi.json from the gateway's code (preview mode: no database or NATS needed), then
// the SDK's types from it (libs/sdk/src/generated/schema.ts, tools/openapi/sdk-schema.mjs).
import { spawnSync } from 'node:child_process';

const result = spawnSync(
  'npx',
  ['jest', '-c', 'apps/gateway/jest.config.js', 'apps/gateway/src/openapi/openapi.spec.ts'],
  { stdio: 'inherit', env: { ...process.env, UPDATE_OPENAPI: '1' } },
);
if (result.status !== 0) process.exit(result.status ?? 1);
const sdk = spawnSync('node', ['tools/openapi/sdk-schema.mjs'], { stdio: 'inherit' });
process.exit(sdk.status ?? 1);
