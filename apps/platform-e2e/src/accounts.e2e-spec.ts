import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { startTestIssuer, TestIssuer } from '@hospital/testing';
import { apiClient, Json } from './support/http';
import { JWT_SECRET, PlatformUnderTest } from './support/platform';

/**
 * A production install as a new operator makes it: no demo data, the first administrator from a
 * Secret, the hospital's identity provider beside the gateway's own login, one browser front end.
 */
const platform = new PlatformUnderTest();
const { call } = apiClient(platform);
const FRONT_END = 'https://kefu.hospital.example';
const INITIAL = { username: 'root', password: 'first-secret-from-k8s' };
let idp: TestIssuer;

const login = (username: string, password: string) => call('POST', '/auth/login', { body: { username, password } });

async function changePassword(token: string, currentPassword: string, newPassword: string): Promise<string> {
  const res = await call('POST', '/auth/password', { token, body: { currentPassword, newPassword } });
  expect(res.status).toBe(200);
  expect(res.body.passwordChangeRequired).toBe(false);
  return res.body.accessToken;
}

const task = (department: string) => ({
  type: 'DOCUMENT',
  priority: 'ROUTINE',
  group: 'SURGERY',
  origin: { department },
  destination: { department: '病案室' },
  requester: { department, contactName: '王护士', phone: '13800138000' },
  document: { kind: 'EXAM_REPORT', count: 1 },
});

let admin: string;
let dispatcher: string;
let worker: string;
let workerUserId: string;
const staff: Record<'mine' | 'colleague', string> = { mine: '', colleague: '' };

beforeAll(async () => {
  idp = await startTestIssuer({ path: '/realms/hospital', audience: 'hospital-api' });
  await platform.start('e2eaccounts', {
    seedDemo: false,
    gatewayEnv: {
      INITIAL_ADMIN_USERNAME: INITIAL.username,
      INITIAL_ADMIN_PASSWORD: INITIAL.password,
      OIDC_ISSUER: idp.issuer,
      OIDC_AUDIENCE: 'hospital-api',
      OIDC_ROLES_CLAIM: 'realm_access.roles',
      OIDC_ROLE_MAP: 'kefu-supervisor=supervisor,kefu-dispatch=dispatcher',
      CORS_ORIGINS: FRONT_END,
      LOGIN_MAX_FAILURES: '3',
    },
  });
}, 120_000);

afterAll(async () => {
  await platform.stop();
  await idp?.stop();
});

describe('a fresh install without demo data', () => {
  it('has no demo logins, only the first administrator, who must change the password first', async () => {
    expect((await login('admin', 'admin-demo-2026')).status).toBe(401);
    const first = await login(INITIAL.username, INITIAL.password);
    expect(first.status).toBe(200);
    expect(first.body.passwordChangeRequired).toBe(true);
    const refused = await call('GET', '/staff', { token: first.body.accessToken });
    expect(refused.status).toBe(403);
    expect(refused.body.code).toBe('PASSWORD_CHANGE_REQUIRED');
    admin = await changePassword(first.body.accessToken, INITIAL.password, 'a-long-winter-harbour');
    expect((await call('GET', '/staff', { token: admin })).status).toBe(200);
    // The Secret's password is spent.
    expect((await login(INITIAL.username, INITIAL.password)).status).toBe(401);
  });

  it('lets the admin add staff and give a dispatcher and a worker their accounts, the worker linked to their staff record', async () => {
    for (const [which, staffNo, name] of [['mine', 'WK101', '周强'], ['colleague', 'WK102', '吴敏']] as const) {
      const res = await call('POST', '/staff', { token: admin, body: { staffNo, name, group: 'SURGERY', posts: ['DELIVERY'] } });
      expect(res.status).toBe(201);
      staff[which] = res.body.id;
    }
    const d = await call('POST', '/users', { token: admin, body: { username: 'lin.dispatch', displayName: '林调度', roles: ['dispatcher'] } });
    expect(d.status).toBe(201);
    const w = await call('POST', '/users', { token: admin, body: { username: 'zhou.qiang', displayName: '周强', roles: ['worker'], staffId: staff.mine } });
    expect(w.status).toBe(201);
    expect(w.body).toMatchObject({ staffId: staff.mine, passwordChangeRequired: true });
    workerUserId = w.body.id;
    // One account per staff member, and only staff the directory knows.
    const twice = await call('POST', '/users', { token: admin, body: { username: 'zhou.two', displayName: 'x', roles: ['worker'], staffId: staff.mine } });
    expect(twice.status).toBe(409);
    const unknown = await call('POST', '/users', { token: admin, body: { username: 'ghost', displayName: 'x', roles: ['worker'], staffId: '5f0c2d8e-0b1a-4c8e-9a51-3c2f7e9d1b00' } });
    expect(unknown.status).toBe(404);
    expect(unknown.body.errors).toEqual([expect.objectContaining({ field: 'staffId' })]);

    dispatcher = await changePassword((await login('lin.dispatch', d.body.temporaryPassword)).body.accessToken, d.body.temporaryPassword, 'quiet-river-dispatch-7');
    const temp = await login('zhou.qiang', w.body.temporaryPassword);
    expect(temp.body.passwordChangeRequired).toBe(true);
    worker = await changePassword(temp.body.accessToken, w.body.temporaryPassword, 'stairwell-lamp-orchid');
  });

  it('lets the worker see and complete only their own job', async () => {
    const mine = await call('POST', '/dispatch/tasks', { token: dispatcher, body: task('骨科') });
    const theirs = await call('POST', '/dispatch/tasks', { token: dispatcher, body: task('普外科') });
    expect([mine.status, theirs.status]).toEqual([201, 201]);
    expect((await call('POST', `/dispatch/tasks/${mine.body.id}/assign`, { token: dispatcher, body: { workerId: staff.mine } })).status).toBe(200);
    expect((await call('POST', `/dispatch/tasks/${theirs.body.id}/assign`, { token: dispatcher, body: { workerId: staff.colleague } })).status).toBe(200);

    const visible = await call('GET', '/dispatch/tasks', { token: worker });
    expect(visible.status).toBe(200);
    expect(visible.body.items.map((t: Json) => t.id)).toEqual([mine.body.id]);
    const notMine = await call('POST', `/dispatch/tasks/${theirs.body.id}/accept`, { token: worker, body: {} });
    expect([403, 404]).toContain(notMine.status);

    for (const [step, body] of [['accept', {}], ['start', { handedOverBy: '王护士' }], ['complete', { receivedBy: '病案室李老师' }]] as const) {
      const res = await call('POST', `/dispatch/tasks/${mine.body.id}/${step}`, { token: worker, body });
      expect(res.status).toBe(200);
    }
    expect((await call('GET', `/dispatch/tasks/${mine.body.id}`, { token: worker })).body.status).toBe('COMPLETED');
  });

  it('refuses the worker’s token at once when the admin disables the account', async () => {
    expect((await call('GET', '/auth/me', { token: worker })).status).toBe(200);
    const disabled = await call('POST', `/users/${workerUserId}/disable`, { token: admin });
    expect(disabled.status).toBe(200);
    const res = await call('GET', '/dispatch/tasks', { token: worker });
    expect(res.status).toBe(401);
    expect((await login('zhou.qiang', 'stairwell-lamp-orchid')).status).toBe(401);
  });

  it("stops a staff member's login at once when they are deactivated in the directory", async () => {
    const w = await call('POST', '/users', { token: admin, body: { username: 'wu.min', displayName: '吴敏', roles: ['worker'], staffId: staff.colleague } });
    const token = await changePassword((await login('wu.min', w.body.temporaryPassword)).body.accessToken, w.body.temporaryPassword, 'lotus-corridor-evening');
    expect((await call('GET', '/auth/me', { token })).status).toBe(200);
    const left = await call('PATCH', `/staff/${staff.colleague}`, { token: admin, body: { active: false } });
    expect(left.status).toBe(200);
    expect((await call('GET', '/auth/me', { token })).status).toBe(401);
    expect((await call('GET', `/users/${w.body.id}`, { token: admin })).body.status).toBe('DISABLED');
  });

  it('accepts a token of the hospital identity provider with its mapped role, beside the own login, and refuses a forged one', async () => {
    const claims = { sub: 'kc-7f3a', preferred_username: 'Qian.Supervisor', name: '钱主管', realm_access: { roles: ['kefu-supervisor', 'offline_access'] } };
    const token = await idp.sign(claims, { alg: 'ES256' });
    const me = await call('GET', '/auth/me', { token });
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ kind: 'user', name: 'qian.supervisor', roles: ['supervisor'] });
    expect((await call('GET', '/staff/duty', { token })).status).toBe(200);
    expect((await call('GET', '/users', { token })).status).toBe(403);
    const account = await call('GET', '/users?role=supervisor', { token: admin });
    expect(account.body.items).toEqual([expect.objectContaining({ username: 'qian.supervisor', authSource: 'oidc' })]);

    for (const forged of [idp.forgedNone(claims), await idp.forgedWithPublicKey(claims), await idp.sign({ ...claims, aud: 'another-app' }), await idp.sign(claims, { kid: 'made-up' })]) {
      const res = await call('GET', '/auth/me', { token: forged });
      expect(res.status).toBe(401);
    }
  });

  it("keeps what a hospital system created readable by it across a rotation of its API key", async () => {
    const key = await call('POST', '/auth/api-keys', { token: admin, body: { name: 'HIS 住院部' } });
    expect(key.status).toBe(201);
    const his = { 'X-API-Key': key.body.key };
    const created = await call('POST', '/dispatch/tasks', { headers: his, body: task('心内科') });
    expect(created.status).toBe(201);
    const rotated = await call('POST', `/auth/api-keys/${key.body.id}/rotate`, { token: admin, body: {} });
    expect(rotated.status).toBe(201);
    expect((await call('DELETE', `/auth/api-keys/${key.body.id}`, { token: admin })).status).toBe(204);
    expect((await call('GET', `/dispatch/tasks/${created.body.id}`, { headers: his })).status).toBe(401);
    const read = await call('GET', `/dispatch/tasks/${created.body.id}`, { headers: { 'X-API-Key': rotated.body.key } });
    expect(read.status).toBe(200);
    expect(read.body.createdBy).toBe(key.body.systemId);
  });

  it('answers a preflight from the allowed front end and gives another origin nothing', async () => {
    const preflight = (origin: string) =>
      fetch(platform.url('/dispatch/tasks'), {
        method: 'OPTIONS',
        headers: { Origin: origin, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'authorization,content-type' },
      });
    const allowed = await preflight(FRONT_END);
    expect(allowed.status).toBeLessThan(300);
    expect(allowed.headers.get('access-control-allow-origin')).toBe(FRONT_END);
    expect(allowed.headers.get('access-control-allow-headers')?.toLowerCase()).toContain('authorization');
    const other = await preflight('https://evil.example');
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('locks an account after repeated wrong passwords', async () => {
    for (let i = 1; i < 3; i++) expect((await login('lin.dispatch', `wrong-${i}`)).status).toBe(401);
    const locked = await login('lin.dispatch', 'wrong-3');
    expect(locked.status).toBe(429);
    expect(locked.body.code).toBe('LOGIN_LOCKED');
    expect(Number(locked.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await login('lin.dispatch', 'quiet-river-dispatch-7')).status).toBe(429);
  });

  it('shows each of these in the audit log, to admins only', async () => {
    const res = await call('GET', '/audit?limit=200', { token: admin });
    expect(res.status).toBe(200);
    const actions = res.body.items.map((e: Json) => `${e.action} ${e.actorName}`);
    expect(actions).toEqual(
      expect.arrayContaining([
        'user.create gateway',
        `user.password.change ${INITIAL.username}`,
        `user.create ${INITIAL.username}`,
        'user.password.change zhou.qiang',
        `user.disable ${INITIAL.username}`,
        'staff.create root',
        'auth.lockout lin.dispatch',
      ]),
    );
    const disabled = await call('GET', `/audit?action=user.disable&targetId=${workerUserId}`, { token: admin });
    expect(disabled.body.items).toEqual([expect.objectContaining({ targetType: 'user', actorName: INITIAL.username, ip: expect.any(String), requestId: expect.any(String) })]);
    expect((await call('GET', '/audit', { token: dispatcher })).status).toBe(403);
  });

  it('creates an administrator with the one-shot command only when none is active', async () => {
    const command = async (username: string) => {
      const env = { PATH: process.env.PATH ?? '', DATABASE_URL: platform.databaseUrl, NATS_URL: process.env.NATS_URL ?? 'nats://127.0.0.1:4222', JWT_SECRET, LOG_LEVEL: 'warn' };
      const child = spawn(process.execPath, [join(__dirname, '..', '..', '..', 'dist', 'apps', 'gateway', 'main.js')], {
        env: { ...env, CREATE_ADMIN_ONLY: 'true', INITIAL_ADMIN_USERNAME: username, INITIAL_ADMIN_PASSWORD: 'rescue-secret-from-k8s' },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let stdout = '';
      child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
      const [code] = (await once(child, 'close')) as [number | null];
      return { code, stdout };
    };
    const unchanged = await command('rescue');
    expect(unchanged).toEqual({ code: 0, stdout: expect.stringContaining('an active administrator exists') });
    expect((await login('rescue', 'rescue-secret-from-k8s')).status).toBe(401);
    // The only administrator gone (as an install whose admin left): the command brings one back.
    await platform.query(`UPDATE identity.users SET active = false WHERE username = $1`, [INITIAL.username]);
    const created = await command('rescue');
    expect(created).toEqual({ code: 0, stdout: expect.stringContaining('administrator "rescue" created') });
    const rescue = await login('rescue', 'rescue-secret-from-k8s');
    expect(rescue.status).toBe(200);
    expect(rescue.body.passwordChangeRequired).toBe(true);
  });
});
