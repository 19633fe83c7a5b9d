import { Role } from '@hospital/contracts';
import { DataSource } from 'typeorm';
import { IdentityApp, startIdentityApp } from '../identity.spec-helper';
import { FirstAdmin } from './first-admin.service';
import { UserEntity } from './user.entity';

const INITIAL = { INITIAL_ADMIN_USERNAME: 'It.Admin', INITIAL_ADMIN_PASSWORD: 'from-the-k8s-secret-1' };

describe('the first administrator (real Postgres)', () => {
  let identity: IdentityApp;
  const users = () => identity.app.get(DataSource).getRepository(UserEntity);

  beforeAll(async () => {
    identity = await startIdentityApp('firstadmin', { env: { SEED_DEMO: 'false', ...INITIAL } });
  }, 60_000);

  afterAll(() => identity?.close());

  it('is created at start-up on an empty install, on a password that must be changed, and audited', async () => {
    const all = await users().find();
    expect(all.map((u) => [u.username, u.roles, u.mustChangePassword])).toEqual([['it.admin', [Role.Admin], true]]);
    const res = await identity.http.post('/api/v1/auth/login').send({ username: 'it.admin', password: INITIAL.INITIAL_ADMIN_PASSWORD }).expect(200);
    expect(res.body.passwordChangeRequired).toBe(true);
    const audit = await identity.app.get(DataSource).query(`SELECT action, actor_kind FROM identity.audit_log WHERE target_id = $1`, [all[0].id]);
    expect(audit).toEqual([{ action: 'user.create', actor_kind: 'system' }]);
  });

  it('is not created again while an active administrator exists, whatever the Secret says', async () => {
    await expect(identity.app.get(FirstAdmin).ensure()).resolves.toMatchObject({ created: false, reason: expect.stringContaining('active administrator exists') });
    expect(await users().count()).toBe(1);
  });

  it('is created again by the command when no administrator is active any more', async () => {
    await users().update({ username: 'it.admin' }, { active: false });
    await expect(identity.app.get(FirstAdmin).ensure()).rejects.toThrow(/existing account that is not an active administrator/);
    await users().update({ username: 'it.admin' }, { username: 'it.admin.old' });
    await expect(identity.app.get(FirstAdmin).ensure()).resolves.toEqual({ created: true, username: 'it.admin' });
    expect(await users().countBy({ username: 'it.admin', active: true, mustChangePassword: true })).toBe(1);
  });

  it('is created once when replicas ensure it at the same moment', async () => {
    await users().update({ username: 'it.admin' }, { active: false });
    await users().update({ username: 'it.admin' }, { username: 'it.admin.older' });
    const outcomes = await Promise.all([1, 2, 3].map(() => identity.app.get(FirstAdmin).ensure()));
    expect(outcomes.filter((o) => o.created)).toHaveLength(1);
    expect(await users().countBy({ username: 'it.admin' })).toBe(1);
  });
});
