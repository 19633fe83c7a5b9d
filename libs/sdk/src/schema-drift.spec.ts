import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '..', '..', '..');

it('has generated/schema.ts exactly as openapi-typescript makes it from openapi.json', () => {
  // Generated in memory (--stdout writes nothing); if this fails, run `npm run openapi`.
  const fresh = execFileSync('node', [join(root, 'tools', 'openapi', 'sdk-schema.mjs'), '--stdout'], { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  expect(readFileSync(join(__dirname, 'generated', 'schema.ts'), 'utf8') === fresh).toBe(true);
}, 60_000);
