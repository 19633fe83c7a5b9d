import { ErrorCode, Role } from '@hospital/contracts';
import { DomainError } from '@hospital/platform';
import { freezeDateAt, moveDateTo, unfreezeDate } from '@hospital/testing';
import { DataSource } from 'typeorm';
import { demoPassword } from '../seed/demo-users';
import { LoginFailureEntity } from './auth/login-failure.entity';
import { IdentityApp, startIdentityApp } from './identity.spec-helper';
import { StaffLinks } from './users/staff-links';
import { UserEntity } from './users/user.entity';

/** Dispatch's staff directory, as far as these cases need it: two people working here, one who left. */
const STAFF = { wang: '0b6f3f4e-1c1a-4d8e-9f10-5a1f2b3c4d01', li: '0b6f3f4e-1c1a-4d8e-9f10-5a1f2b3c4d02', left: '0b6f3f4e-1c1a-4d8e-9f10-5a1f2b3c4d03' };
const staffDirectory = {
  async assertLinkable(staffId: string): Promise<void> {
    if (staffId === STAFF.left) throw new DomainError(ErrorCode.BusinessRule, 'inactive', { errors: [{ field: 'staffId', message: 'inactive' }] });
    if (!Object.values(STAFF).includes(staffId)) throw new DomainError(ErrorCode.StaffNotFound, 'unknown', { errors: [{ field: 'staffId', message: 'unknown' }] });
  },
};

describe('accounts (HTTP, real Postgres)', () => {
  let identity: IdentityApp;
  const http = () => identity.http;
  const login = (username: string, password: string) => http().post('/api/v1/auth/login').send({ username, password });
  const as = (token: string) => ({ Authorization: `Bearer ${token}` });
  let admin: string;
  let manager: string;

  beforeAll(async () => {
    identity = await startIdentityApp('accounts', {
      env: { LOGIN_MAX_FAILURES: '3', LOGIN_MAX_FAILURES_PER_ADDRESS: '1000', LOGIN_LOCK_MINUTES: '15', PASSWORD_MIN_LENGTH: '10' },
      overrides: [{ provide: StaffLinks, useValue: staffDirectory }],
    });
    admin = (await login('admin', demoPassword('admin')).expect(200)).body.accessToken;
    manager = (await login('manager', demoPassword('manager')).expect(200)).body.accessToken;
  }, 60_000);

  afterAll(() => identity?.close());
  afterEach(() => unfreezeDate());

  /** An account made by the admin, logged in and past its first password change. */
  async function person(username: string, roles: Role[], staffId: string | null = null, by = admin) {
    const created = await http().post('/api/v1/users').set(as(by)).send({ username, displayName: username, roles, staffId }).expect(201);
    const first = await login(username, created.body.temporaryPassword).expect(200);
    const changed = await http()
      .post('/api/v1/auth/password')
      .set(as(first.body.accessToken))
      .send({ currentPassword: created.body.temporaryPassword, newPassword: `river-lantern-${username.length}-harbour` })
      .expect(200);
    return { id: created.body.id as string, token: changed.body.accessToken as string, password: `river-lantern-${username.length}-harbour` };
  }

  describe('creating an account', () => {
    it('answers 201 with Location and a one-time password that opens only the password change', async () => {
      const res = await http().post('/api/v1/users').set(as(admin)).send({ username: 'Zhang.Wei', displayName: '张伟', roles: ['worker'], staffId: STAFF.wang }).expect(201);
      expect(res.headers.location).toBe(`/api/v1/users/${res.body.id}`);
      expect(res.body).toMatchObject({
        username: 'zhang.wei',
        displayName: '张伟',
        roles: ['worker'],
        staffId: STAFF.wang,
        status: 'ACTIVE',
        authSource: 'local',
        passwordChangeRequired: true,
        temporaryPassword: expect.stringMatching(/^\w{4}-\w{4}-\w{4}-\w{4}$/),
      });
      const token = await login('zhang.wei', res.body.temporaryPassword).expect(200);
      expect(token.body.passwordChangeRequired).toBe(true);
      const refused = await http().get('/api/v1/users').set(as(token.body.accessToken)).expect(403);
      expect(refused.body.code).toBe(ErrorCode.PasswordChangeRequired);
      const me = await http().get('/api/v1/auth/me').set(as(token.body.accessToken)).expect(200);
      expect(me.body).toMatchObject({ name: 'zhang.wei', staffId: STAFF.wang, passwordChangeRequired: true });
      // The temporary password is not stored in the clear and is not shown again.
      const again = await http().get(`/api/v1/users/${res.body.id}`).set(as(admin)).expect(200);
      expect(JSON.stringify(again.body)).not.toContain(res.body.temporaryPassword);
    });

    it('refuses a taken username, a staff member who has an account, an inactive or unknown one, naming the field', async () => {
      const taken = await http().post('/api/v1/users').set(as(admin)).send({ username: 'admin', displayName: 'x', roles: ['worker'] }).expect(409);
      expect(taken.body).toMatchObject({ code: ErrorCode.UsernameTaken, errors: [{ field: 'username' }] });
      const linked = await http().post('/api/v1/users').set(as(admin)).send({ username: 'wang.two', displayName: 'x', roles: ['worker'], staffId: STAFF.wang }).expect(409);
      expect(linked.body).toMatchObject({ code: ErrorCode.StaffAlreadyLinked, errors: [{ field: 'staffId' }] });
      const left = await http().post('/api/v1/users').set(as(admin)).send({ username: 'gone', displayName: 'x', roles: ['worker'], staffId: STAFF.left }).expect(422);
      expect(left.body.errors).toEqual([expect.objectContaining({ field: 'staffId' })]);
      const bad = await http().post('/api/v1/users').set(as(admin)).send({ username: 'x', displayName: '', roles: ['integration'] }).expect(400);
      expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['displayName', 'roles', 'username']);
      expect(await identity.app.get(DataSource).getRepository(UserEntity).countBy({ username: 'gone' })).toBe(0);
    });

    it("lets a manager create the center staff's accounts but not an admin's or a manager's", async () => {
      await http().post('/api/v1/users').set(as(manager)).send({ username: 'li.na', displayName: '李娜', roles: ['dispatcher'], staffId: STAFF.li }).expect(201);
      const res = await http().post('/api/v1/users').set(as(manager)).send({ username: 'boss', displayName: 'x', roles: ['admin'] }).expect(403);
      expect(res.body).toMatchObject({ code: ErrorCode.Forbidden, errors: [{ field: 'roles' }] });
      const adminId = (await http().get('/api/v1/users?role=admin').set(as(admin)).expect(200)).body.items[0].id;
      await http().post(`/api/v1/users/${adminId}/password-reset`).set(as(manager)).expect(403);
    });

    it('is not for other roles', async () => {
      const worker = (await login('worker', demoPassword('worker')).expect(200)).body.accessToken;
      await http().get('/api/v1/users').set(as(worker)).expect(403);
    });
  });

  describe('listing', () => {
    it('filters by role, status and staff member and pages newest first', async () => {
      const byRole = await http().get('/api/v1/users?role=dispatcher').set(as(admin)).expect(200);
      expect(byRole.body.items.every((u: { roles: string[] }) => u.roles.includes('dispatcher'))).toBe(true);
      const byStaff = await http().get(`/api/v1/users?staffId=${STAFF.wang}`).set(as(admin)).expect(200);
      expect(byStaff.body.items.map((u: { username: string }) => u.username)).toEqual(['zhang.wei']);
      const all: string[] = [];
      let cursor: string | null = null;
      do {
        const page: { body: { items: { username: string }[]; nextCursor: string | null } } = await http()
          .get(`/api/v1/users?limit=2${cursor ? `&cursor=${cursor}` : ''}`)
          .set(as(admin))
          .expect(200);
        all.push(...page.body.items.map((u) => u.username));
        cursor = page.body.nextCursor;
      } while (cursor);
      expect(new Set(all).size).toBe(all.length);
      expect(all).toEqual(expect.arrayContaining(['admin', 'worker', 'zhang.wei', 'li.na']));
      const bad = await http().get('/api/v1/users?status=gone').set(as(admin)).expect(400);
      expect(bad.body.errors).toEqual([expect.objectContaining({ field: 'status' })]);
    });
  });

  describe('changing one’s own password', () => {
    it('needs the current password, applies the policy, and ends every other session', async () => {
      const p = await person('chen.jing', [Role.Dispatcher]);
      const other = (await login('chen.jing', p.password).expect(200)).body.accessToken;
      const wrong = await http().post('/api/v1/auth/password').set(as(p.token)).send({ currentPassword: 'nope', newPassword: 'a-good-long-phrase' }).expect(422);
      expect(wrong.body).toMatchObject({ code: ErrorCode.CurrentPasswordWrong, errors: [{ field: 'currentPassword' }] });
      for (const weak of ['short1', 'chen.jing-2026', 'password123']) {
        const res = await http().post('/api/v1/auth/password').set(as(p.token)).send({ currentPassword: p.password, newPassword: weak }).expect(400);
        expect(res.body.errors).toEqual([expect.objectContaining({ field: 'newPassword' })]);
      }
      const fresh = await http().post('/api/v1/auth/password').set(as(p.token)).send({ currentPassword: p.password, newPassword: 'harbour-of-quiet-bells' }).expect(200);
      await http().get('/api/v1/auth/me').set(as(other)).expect(401);
      await http().get('/api/v1/auth/me').set(as(p.token)).expect(401);
      await http().get('/api/v1/auth/me').set(as(fresh.body.accessToken)).expect(200);
      await login('chen.jing', 'harbour-of-quiet-bells').expect(200);
    });
  });

  describe('disabling, enabling, resetting', () => {
    it("refuses a disabled account's token on its very next request, and its login", async () => {
      const p = await person('zhao.min', [Role.Worker]);
      await http().get('/api/v1/auth/me').set(as(p.token)).expect(200);
      const res = await http().post(`/api/v1/users/${p.id}/disable`).set(as(admin)).expect(200);
      expect(res.body).toMatchObject({ status: 'DISABLED', disabledAt: expect.any(String) });
      await http().get('/api/v1/auth/me').set(as(p.token)).expect(401);
      await login('zhao.min', p.password).expect(401);
      await http().post(`/api/v1/users/${p.id}/enable`).set(as(admin)).expect(200);
      // Enabled again, the old token stays dead; a new login works.
      await http().get('/api/v1/auth/me').set(as(p.token)).expect(401);
      await login('zhao.min', p.password).expect(200);
    });

    it('applies a role change and a staff link to tokens already out', async () => {
      const p = await person('sun.li', [Role.Worker]);
      await http().get('/api/v1/users').set(as(p.token)).expect(403);
      const other = await http().post('/api/v1/users').set(as(admin)).send({ username: 'tmp.li', displayName: 'x', roles: ['worker'] }).expect(201);
      const moved = await http().patch(`/api/v1/users/${other.body.id}`).set(as(admin)).send({ staffId: STAFF.li }).expect(409);
      expect(moved.body.code).toBe(ErrorCode.StaffAlreadyLinked);
      await http().patch(`/api/v1/users/${p.id}`).set(as(admin)).send({ roles: ['manager'] }).expect(200);
      await http().get('/api/v1/users').set(as(p.token)).expect(200);
      const me = await http().get('/api/v1/auth/me').set(as(p.token)).expect(200);
      expect(me.body.roles).toEqual(['manager']);
    });

    it('resets a password to a one-time one that ends the sessions and must be changed', async () => {
      const p = await person('ma.qiang', [Role.Worker]);
      const reset = await http().post(`/api/v1/users/${p.id}/password-reset`).set(as(admin)).expect(200);
      await http().get('/api/v1/auth/me').set(as(p.token)).expect(401);
      await login('ma.qiang', p.password).expect(401);
      const temp = await login('ma.qiang', reset.body.temporaryPassword).expect(200);
      expect(temp.body.passwordChangeRequired).toBe(true);
    });

    it('never leaves the platform without an active administrator', async () => {
      const me = (await http().get('/api/v1/auth/me').set(as(admin)).expect(200)).body.id;
      const self = await http().post(`/api/v1/users/${me}/disable`).set(as(admin)).expect(422);
      expect(self.body.code).toBe(ErrorCode.BusinessRule);
      const demoted = await http().patch(`/api/v1/users/${me}`).set(as(admin)).send({ roles: ['manager'] }).expect(409);
      expect(demoted.body.code).toBe(ErrorCode.LastAdmin);
    });

    it('answers 404 for an unknown account and 400 naming id for a malformed one', async () => {
      const missing = await http().post('/api/v1/users/5f0c2d8e-0b1a-4c8e-9a51-3c2f7e9d1b00/disable').set(as(admin)).expect(404);
      expect(missing.body.code).toBe(ErrorCode.UserNotFound);
      const malformed = await http().get('/api/v1/users/nope').set(as(admin)).expect(400);
      expect(malformed.body.errors).toEqual([expect.objectContaining({ field: 'id' })]);
    });
  });

  describe('login protection', () => {
    it('locks a username after the configured failures, with the same answer whether or not it exists, and logs the lock-out', async () => {
      freezeDateAt('2031-03-04T08:00:00+08:00');
      // Tokens from the real clock would be expired on the frozen one.
      const frozenAdmin = (await login('admin', demoPassword('admin')).expect(200)).body.accessToken;
      const p = await person('he.jun', [Role.Worker], null, frozenAdmin);
      for (const username of ['he.jun', 'no.such.person']) {
        await login(username, 'wrong-1').expect(401);
        await login(username, 'wrong-2').expect(401);
        const locked = await login(username, 'wrong-3').expect(429);
        expect(locked.headers['retry-after']).toBe('900');
        expect(locked.body).toMatchObject({ code: ErrorCode.LoginLocked });
      }
      // Even the right password waits: the answer must not reveal that this name is real.
      const right = await login('he.jun', p.password).expect(429);
      const unknown = await login('no.such.person', 'anything').expect(429);
      expect({ ...right.body, requestId: undefined }).toEqual({ ...unknown.body, requestId: undefined });
      const audit = await identity.app.get(DataSource).query(`SELECT target_id FROM identity.audit_log WHERE action = 'auth.lockout' ORDER BY id`);
      expect(audit.map((r: { target_id: string }) => r.target_id)).toEqual(['he.jun', 'no.such.person']);
      // After the lock period the count starts again and the right password works.
      moveDateTo('2031-03-04T08:16:00+08:00');
      await login('he.jun', p.password).expect(200);
      expect(await identity.app.get(DataSource).getRepository(LoginFailureEntity).countBy({ key: 'user:he.jun' })).toBe(0);
    });
  });

  describe('API keys of hospital systems', () => {
    const asKey = (key: string) => ({ 'X-API-Key': key });

    it('rotates: a new key for the same system, the old one working until it is revoked', async () => {
      const first = await http().post('/api/v1/auth/api-keys').set(as(admin)).send({ name: 'LIS' }).expect(201);
      const rotated = await http().post(`/api/v1/auth/api-keys/${first.body.id}/rotate`).set(as(admin)).send({}).expect(201);
      expect(rotated.body).toMatchObject({ systemId: first.body.systemId, name: 'LIS', rotatedFrom: first.body.id, key: expect.any(String) });
      expect(rotated.body.key).not.toBe(first.body.key);
      // Both work meanwhile, as the same caller: what the system created stays its own.
      const before = await http().get('/api/v1/auth/me').set(asKey(first.body.key)).expect(200);
      const after = await http().get('/api/v1/auth/me').set(asKey(rotated.body.key)).expect(200);
      expect(before.body.id).toBe(first.body.systemId);
      expect(after.body.id).toBe(first.body.systemId);
      await http().delete(`/api/v1/auth/api-keys/${first.body.id}`).set(as(admin)).expect(204);
      await http().get('/api/v1/auth/me').set(asKey(first.body.key)).expect(401);
      await http().get('/api/v1/auth/me').set(asKey(rotated.body.key)).expect(200);
      const revokedAgain = await http().post(`/api/v1/auth/api-keys/${first.body.id}/rotate`).set(as(admin)).send({}).expect(409);
      expect(revokedAgain.body.code).toBe(ErrorCode.Conflict);
      const audit = await identity.app
        .get(DataSource)
        .query(`SELECT action FROM identity.audit_log WHERE target_id = ANY($1) ORDER BY id`, [[first.body.id, rotated.body.id]]);
      expect(audit.map((r: { action: string }) => r.action)).toEqual(['api_key.create', 'api_key.rotate', 'api_key.revoke']);
    });

    it('refuses a key after its expiry, and an expiry in the past when creating one', async () => {
      freezeDateAt('2031-06-01T09:00:00+08:00');
      const frozenAdmin = (await login('admin', demoPassword('admin')).expect(200)).body.accessToken;
      const past = await http().post('/api/v1/auth/api-keys').set(as(frozenAdmin)).send({ name: 'HIS', expiresAt: '2031-05-01T00:00:00+08:00' }).expect(400);
      expect(past.body.errors).toEqual([expect.objectContaining({ field: 'expiresAt' })]);
      const key = await http().post('/api/v1/auth/api-keys').set(as(frozenAdmin)).send({ name: 'HIS', expiresAt: '2031-06-30T23:59:59+08:00' }).expect(201);
      expect(key.body.expiresAt).toBe('2031-06-30T15:59:59.000Z');
      await http().get('/api/v1/auth/me').set(asKey(key.body.key)).expect(200);
      moveDateTo('2031-07-01T00:00:00+08:00');
      await http().get('/api/v1/auth/me').set(asKey(key.body.key)).expect(401);
      // The rotation of an expired key gives the new one no expiry of the old.
      const renewed = await http().post(`/api/v1/auth/api-keys/${key.body.id}/rotate`).set(as((await login('admin', demoPassword('admin')).expect(200)).body.accessToken)).send({}).expect(201);
      expect(renewed.body.expiresAt).toBeNull();
    });
  });
});
