import { ErrorCode } from '@hospital/contracts';
import { startTestIssuer, TestIssuer } from '@hospital/testing';
import { DataSource } from 'typeorm';
import { demoPassword } from '../../seed/demo-users';
import { IdentityApp, startIdentityApp } from '../identity.spec-helper';
import { UserEntity } from '../users/user.entity';

/** The gateway with the hospital's identity provider configured, against a real issuer on loopback. */
describe('single sign-on (HTTP, real Postgres, a test identity provider)', () => {
  let idp: TestIssuer;
  let identity: IdentityApp;
  const me = (token: string) => identity.http.get('/api/v1/auth/me').set('Authorization', `Bearer ${token}`);
  const users = () => identity.app.get(DataSource).getRepository(UserEntity);
  const person = (sub: string, username: string, roles: string[]) => ({ sub, preferred_username: username, name: username, groups: roles });

  beforeAll(async () => {
    idp = await startTestIssuer({ audience: 'hospital-api' });
    identity = await startIdentityApp('sso', {
      env: { OIDC_ISSUER: idp.issuer, OIDC_AUDIENCE: 'hospital-api', OIDC_ROLES_CLAIM: 'groups', OIDC_ROLE_MAP: 'kefu-workers=worker,kefu-managers=manager' },
    });
  }, 60_000);

  afterAll(async () => {
    await identity?.close();
    await idp?.stop();
  });

  it('creates the account at first sign-in with the mapped roles, and finds it by subject afterwards', async () => {
    const res = await me(await idp.sign(person('sub-1', 'Wu.Fang', ['kefu-workers', 'unrelated']))).expect(200);
    expect(res.body).toMatchObject({ kind: 'user', name: 'wu.fang', roles: ['worker'], staffId: null });
    const stored = await users().findOneByOrFail({ username: 'wu.fang' });
    expect(stored).toMatchObject({ authSource: 'oidc', externalSubject: 'sub-1', passwordHash: null, roles: ['worker'] });
    // Renamed at the provider, still the same account; its roles follow the provider's.
    const again = await me(await idp.sign(person('sub-1', 'wu.fang2', ['kefu-managers']))).expect(200);
    expect(again.body).toMatchObject({ id: stored.id, roles: ['manager'] });
    expect(await users().countBy({ externalSubject: 'sub-1' })).toBe(1);
  });

  it("takes over a local account of the same username (keeping its staff link), but never a local administrator's", async () => {
    const staffId = '0b6f3f4e-1c1a-4d8e-9f10-5a1f2b3c4d09';
    await users().update({ username: 'worker' }, { staffId });
    const res = await me(await idp.sign(person('sub-2', 'worker', ['kefu-workers']))).expect(200);
    expect(res.body).toMatchObject({ name: 'worker', staffId });
    // Its local password is the provider's now.
    await identity.http.post('/api/v1/auth/login').send({ username: 'worker', password: demoPassword('worker') }).expect(401);
    const admin = await me(await idp.sign(person('sub-3', 'admin', ['kefu-managers']))).expect(401);
    expect(admin.body.code).toBe(ErrorCode.Unauthenticated);
    await identity.http.post('/api/v1/auth/login').send({ username: 'admin', password: demoPassword('admin') }).expect(200);
  });

  it('refuses a disabled account, and the gateway’s own tokens keep working beside the provider’s', async () => {
    await me(await idp.sign(person('sub-4', 'zheng.li', ['kefu-workers']))).expect(200);
    await users().update({ externalSubject: 'sub-4' }, { active: false });
    await me(await idp.sign(person('sub-4', 'zheng.li', ['kefu-workers']))).expect(401);
    const own = await identity.http.post('/api/v1/auth/login').send({ username: 'manager', password: demoPassword('manager') }).expect(200);
    await me(own.body.accessToken).expect(200);
  });

  it('refuses forged and foreign tokens', async () => {
    const claims = person('sub-5', 'qin.hai', ['kefu-managers']);
    for (const token of [idp.forgedNone(claims), await idp.forgedWithPublicKey(claims), await idp.sign({ ...claims, iss: 'https://elsewhere.example' }), await idp.sign({ ...claims, aud: 'other' })]) {
      await me(token).expect(401);
    }
    expect(await users().countBy({ username: 'qin.hai' })).toBe(0);
  });

  it('refuses a password reset or role change of a provider account: they are the provider’s', async () => {
    const admin = (await identity.http.post('/api/v1/auth/login').send({ username: 'admin', password: demoPassword('admin') }).expect(200)).body.accessToken;
    const account = await users().findOneByOrFail({ externalSubject: 'sub-1' });
    const reset = await identity.http.post(`/api/v1/users/${account.id}/password-reset`).set('Authorization', `Bearer ${admin}`).expect(409);
    expect(reset.body.code).toBe(ErrorCode.ProviderManaged);
    await identity.http.patch(`/api/v1/users/${account.id}`).set('Authorization', `Bearer ${admin}`).send({ roles: ['admin'] }).expect(409);
  });
});
