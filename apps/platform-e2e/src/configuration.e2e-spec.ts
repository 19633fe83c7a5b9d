import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..', '..');

/** An app's production bundle started with exactly `env` (nothing of the test's own environment). */
async function startWith(app: string, env: Record<string, string>): Promise<{ code: number | null; stderr: string; stdout: string }> {
  const child = spawn(process.execPath, [join(ROOT, 'dist', 'apps', app, 'main.js')], { env: { PATH: process.env.PATH ?? '', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const [code] = (await once(child, 'close')) as [number | null];
  return { code, stderr, stdout };
}

/** The variables named by a configuration message: `<app>: Invalid configuration:` then one line each. */
const named = (stderr: string) => [...stderr.matchAll(/^ {2}([A-Z][A-Z0-9_]*): /gm)].map((m) => m[1]).sort();

/**
 * As an operator meets it: an app given bad settings does not start, and says in one message what
 * is wrong with each, the platform's variables and its own together.
 */
describe('an app started with invalid settings', () => {
  const service = { DATABASE_URL: 'postgres://postgres@127.0.0.1:1/none', NATS_URL: 'nats://127.0.0.1:1' };

  it.each([
    ['dispatch', { ...service, OVERDUE_SWEEP_SECONDS: 'abc', TASK_DUE_MINUTES_STAT: '-3', LOG_LEVEL: 'loud' }, ['HEALTH_PORT', 'LOG_LEVEL', 'OVERDUE_SWEEP_SECONDS', 'TASK_DUE_MINUTES_STAT']],
    ['deposit', { ...service, HEALTH_PORT: '8082', ID_HASH_KEY: 'short', DEPOSIT_UNCLAIMED_DAYS: '0' }, ['DEPOSIT_UNCLAIMED_DAYS', 'ID_HASH_KEY']],
    ['feedback', { ...service, HEALTH_PORT: '8083', COMPLAINT_ACK_HOURS: 'soon', AWARD_TEAM_FEN: '-500', DATABASE_POOL_SIZE: '0' }, ['AWARD_TEAM_FEN', 'COMPLAINT_ACK_HOURS', 'DATABASE_POOL_SIZE']],
    ['gateway', { ...service, JWT_SECRET: 'short', RATE_LIMIT_PER_MINUTE: '0', BOARD_HEARTBEAT_SECONDS: 'x' }, ['BOARD_HEARTBEAT_SECONDS', 'JWT_SECRET', 'RATE_LIMIT_PER_MINUTE']],
    ['webhooks', { ...service, HEALTH_PORT: '8084', WEBHOOKS_SECRET_KEY: 'short', WEBHOOKS_TIMEOUT_MS: '0' }, ['WEBHOOKS_SECRET_KEY', 'WEBHOOKS_TIMEOUT_MS']],
  ])('%s exits 1 naming every bad variable in one message, before connecting to anything', async (app, env, variables) => {
    const { code, stderr, stdout } = await startWith(app, env as Record<string, string>);
    expect(code).toBe(1);
    expect(stderr.startsWith(`${app}: Invalid configuration:\n`)).toBe(true);
    expect(named(stderr)).toEqual(variables);
    // No stack trace, and nothing was started: not a line of the app's own log.
    expect(stderr).not.toContain('    at ');
    expect(stdout).toBe('');
  }, 30_000);
});
