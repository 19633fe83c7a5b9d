import { Logger } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { ErrorCode, Role } from '@hospital/contracts';
import { DomainError } from '@hospital/platform';
import { freezeDateAt, moveDateTo, startTestIssuer, unfreezeDate, type TestIssuer } from '@hospital/testing';
import { OidcVerifier, type OidcConfig } from './oidc-verifier';

// Every time below is a number relative to this frozen instant; jose reads the same Date for the
// claims and for its key cache (cooldown, max age), so moving it is the only way time passes.
const FROZEN = '2001-11-23T17:00:00Z';
const NOW = Date.parse(FROZEN) / 1000;
const at = (seconds: number) => new Date((NOW + seconds) * 1000).toISOString();
const AUDIENCE = 'hospital-api';
const SKEW = 60;

const INVALID = { code: ErrorCode.Unauthenticated, message: 'access token is invalid' };
const EXPIRED = { code: ErrorCode.Unauthenticated, message: 'access token has expired' };
const NO_USER = { code: ErrorCode.Unauthenticated, message: 'the token names no usable user' };
const UNREACHABLE = { code: ErrorCode.ServiceUnavailable, message: 'identity provider is unreachable' };

async function rejection(promise: Promise<unknown>): Promise<DomainError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof DomainError)) throw new Error(`expected a DomainError, got ${String(error)}`);
  return error;
}

/** A person as the provider describes them (Keycloak's shape: realm_access.roles). */
const person = (extra: Record<string, unknown> = {}) => ({
  sub: 'f:3c1e:li.na',
  preferred_username: 'Li.Na',
  name: 'Li Na',
  realm_access: { roles: ['hsp-dispatch'] },
  ...extra,
});

describe('OidcVerifier', () => {
  let provider: TestIssuer;
  let other: TestIssuer;
  let logs: jest.SpyInstance[];

  const config = (issuer: TestIssuer, overrides: Partial<OidcConfig> = {}): OidcConfig => ({
    issuer: issuer.issuer,
    audience: AUDIENCE,
    jwksUrl: issuer.jwksUrl,
    rolesClaim: 'realm_access.roles',
    roleMap: {
      'hsp-dispatch': Role.Dispatcher,
      'hsp-dispatch-lead': Role.Dispatcher,
      'hsp-supervisor': Role.Supervisor,
      // The environment schema refuses this; the verifier must refuse it too.
      'hsp-api': Role.Integration,
    },
    usernameClaim: 'preferred_username',
    clockSkewSeconds: SKEW,
    ...overrides,
  });

  beforeAll(async () => {
    [provider, other] = await Promise.all([startTestIssuer({ audience: AUDIENCE }), startTestIssuer({ audience: AUDIENCE })]);
    logs = (['log', 'debug', 'verbose', 'warn', 'error'] as const).map((level) => jest.spyOn(Logger.prototype, level).mockImplementation(() => undefined));
  });
  afterAll(async () => {
    logs.forEach((spy) => spy.mockRestore());
    await Promise.all([provider.stop(), other.stop()]);
  });
  beforeEach(() => freezeDateAt(FROZEN));
  afterEach(() => unfreezeDate());

  describe('a good token', () => {
    it('RS256: the username, the name and the roles of the dot-path claim mapped (unknown values dropped, integration never)', async () => {
      const verifier = new OidcVerifier(config(provider));
      const token = await provider.sign(
        person({ realm_access: { roles: ['hsp-dispatch', 'offline_access', 'hsp-dispatch-lead', 'hsp-api', 'admin', 'hsp-supervisor', 42] } }),
      );
      await expect(verifier.verify(token)).resolves.toEqual({
        issuer: provider.issuer,
        subject: 'f:3c1e:li.na',
        username: 'li.na',
        displayName: 'Li Na',
        // 'admin' is a role name, but with a role map only mapped values count.
        roles: [Role.Dispatcher, Role.Supervisor],
      });
    });

    it('ES256, and without a role map the values are the role names themselves (integration never)', async () => {
      const verifier = new OidcVerifier(config(provider, { rolesClaim: 'roles', roleMap: {} }));
      const token = await provider.sign(person({ roles: ['worker', 'integration', 'Worker', 'root', 'worker', 'desk_clerk'] }), { alg: 'ES256' });
      expect((await verifier.verify(token)).roles).toEqual([Role.Worker, Role.DeskClerk]);
    });

    it.each([
      ['a single string', 'hsp-supervisor', [Role.Supervisor]],
      ['missing', undefined, []],
      ['an object', { 'hsp-dispatch': true }, []],
      ['a number', 7, []],
    ])('a roles claim that is %s gives those roles (or none)', async (_, roles, expected) => {
      const verifier = new OidcVerifier(config(provider));
      const token = await provider.sign(person({ realm_access: roles === undefined ? undefined : { roles } }));
      expect((await verifier.verify(token)).roles).toEqual(expected);
    });

    it('an e-mail-like username is kept, trimmed and lower-cased; no name is a null display name', async () => {
      const verifier = new OidcVerifier(config(provider, { usernameClaim: 'email' }));
      const token = await provider.sign(person({ email: '  Li.Na@Hospital.EXAMPLE ', name: undefined }));
      expect(await verifier.verify(token)).toMatchObject({ username: 'li.na@hospital.example', displayName: null });
    });
  });

  it.each([
    ['missing', undefined],
    ['not a string', 42],
    ['one character', 'x'],
    ['with a space', 'li na'],
    ['starting with a dash', '-lina'],
    ['65 characters', 'a'.repeat(65)],
  ])('refuses a token whose username claim is %s', async (_, username) => {
    const verifier = new OidcVerifier(config(provider));
    const token = await provider.sign(person({ preferred_username: username }));
    expect(await rejection(verifier.verify(token))).toMatchObject(NO_USER);
  });

  describe('claims', () => {
    it.each<[string, Record<string, unknown>]>([
      ['another issuer', { iss: 'https://elsewhere.example/realms/hospital' }],
      ['another audience', { aud: 'another-api' }],
      ['no audience', { aud: undefined }],
      ['not valid yet beyond the skew (nbf)', { nbf: NOW + SKEW + 1 }],
      ['no exp', { exp: undefined }],
      ['no subject', { sub: undefined }],
    ])('refuses a token with %s', async (_, claims) => {
      const verifier = new OidcVerifier(config(provider));
      expect(await rejection(verifier.verify(await provider.sign(person(claims))))).toMatchObject(INVALID);
    });

    it('an audience list that holds ours is accepted', async () => {
      const verifier = new OidcVerifier(config(provider));
      await expect(verifier.verify(await provider.sign(person({ aud: ['account', AUDIENCE] })))).resolves.toMatchObject({ username: 'li.na' });
    });

    it.each([
      [SKEW + 1, EXPIRED],
      [SKEW, EXPIRED], // exp must be after now minus the skew
    ])('says "expired" for a token that expired %i s ago (skew 60 s)', async (ago, refusal) => {
      const verifier = new OidcVerifier(config(provider));
      const token = await provider.sign(person({ iat: NOW - 3600, exp: NOW - ago }));
      expect(await rejection(verifier.verify(token))).toMatchObject(refusal);
    });

    it('accepts a token that expired within the skew, and one valid from within the skew (nbf)', async () => {
      const verifier = new OidcVerifier(config(provider));
      await expect(verifier.verify(await provider.sign(person({ iat: NOW - 3600, exp: NOW - (SKEW - 1) })))).resolves.toMatchObject({ username: 'li.na' });
      await expect(verifier.verify(await provider.sign(person({ nbf: NOW + SKEW - 1 })))).resolves.toMatchObject({ username: 'li.na' });
    });

    it('with no skew, a token is expired from its exp second on', async () => {
      const verifier = new OidcVerifier(config(provider, { clockSkewSeconds: 0 }));
      expect(await rejection(verifier.verify(await provider.sign(person({ exp: NOW }))))).toMatchObject(EXPIRED);
      await expect(verifier.verify(await provider.sign(person({ exp: NOW + 1 })))).resolves.toMatchObject({ username: 'li.na' });
    });
  });

  describe('forgeries', () => {
    it('refuses an unsigned token (alg: none)', async () => {
      const verifier = new OidcVerifier(config(provider));
      expect(await rejection(verifier.verify(provider.forgedNone(person())))).toMatchObject(INVALID);
    });

    it("refuses an HS256 token whose secret is the provider's public key", async () => {
      const verifier = new OidcVerifier(config(provider));
      expect(await rejection(verifier.verify(await provider.forgedWithPublicKey(person())))).toMatchObject(INVALID);
    });

    it("refuses a token signed with another issuer's key under our issuer, the same kid and alg", async () => {
      const verifier = new OidcVerifier(config(provider));
      const token = await other.sign(person({ iss: provider.issuer }));
      expect(await rejection(verifier.verify(token))).toMatchObject(INVALID);
    });

    it('refuses a token whose signature was tampered with, or that is not a JWT at all', async () => {
      const verifier = new OidcVerifier(config(provider));
      const [header, , signature] = (await provider.sign(person())).split('.');
      const promoted = Buffer.from(JSON.stringify({ ...person({ realm_access: { roles: ['hsp-supervisor'] } }), iss: provider.issuer, aud: AUDIENCE, exp: NOW + 300 })).toString('base64url');
      expect(await rejection(verifier.verify(`${header}.${promoted}.${signature}`))).toMatchObject(INVALID);
      expect(await rejection(verifier.verify('not-a-jwt'))).toMatchObject(INVALID);
    });
  });

  describe('keys', () => {
    it('fetches the key set once for many verifications, at the same time or after each other', async () => {
      const verifier = new OidcVerifier(config(provider));
      const before = provider.jwksFetches;
      const rs = await provider.sign(person());
      const es = await provider.sign(person(), { alg: 'ES256' });
      await Promise.all(Array.from({ length: 10 }, (_, i) => verifier.verify(i % 2 ? rs : es)));
      for (let i = 0; i < 10; i++) await verifier.verify(i % 2 ? rs : es);
      expect(provider.jwksFetches - before).toBe(1);
    });

    it('fetches the key set again when the cached one is ten minutes old', async () => {
      const verifier = new OidcVerifier(config(provider));
      const token = await provider.sign(person(), { expiresIn: 3600 });
      const before = provider.jwksFetches;
      await verifier.verify(token);
      moveDateTo(at(599));
      await verifier.verify(token);
      expect(provider.jwksFetches - before).toBe(1);
      moveDateTo(at(601));
      await verifier.verify(token);
      expect(provider.jwksFetches - before).toBe(2);
    });

    it('after the provider rotates its keys, a token with a new kid is accepted after one refetch (once the cooldown since the last fetch is over)', async () => {
      const rotating = await startTestIssuer({ audience: AUDIENCE });
      try {
        const verifier = new OidcVerifier(config(rotating));
        const old = await rotating.sign(person(), { expiresIn: 3600 });
        await verifier.verify(old);
        expect(rotating.jwksFetches).toBe(1);

        await rotating.rotateKeys();
        const rs = await rotating.sign(person(), { expiresIn: 3600 });
        const es = await rotating.sign(person(), { alg: 'ES256', expiresIn: 3600 });
        // Within 30 s of the last fetch an unknown kid is not worth another one.
        expect(await rejection(verifier.verify(rs))).toMatchObject(INVALID);
        expect(rotating.jwksFetches).toBe(1);

        moveDateTo(at(31));
        await expect(verifier.verify(rs)).resolves.toMatchObject({ username: 'li.na' });
        await expect(verifier.verify(es)).resolves.toMatchObject({ username: 'li.na' });
        // The provider still publishes the previous keys, so tokens signed before the rotation stay good.
        await expect(verifier.verify(old)).resolves.toMatchObject({ username: 'li.na' });
        expect(rotating.jwksFetches).toBe(2);
      } finally {
        await rotating.stop();
      }
    });

    it('refuses a made-up kid; a flood of them costs one refetch per cooldown, not one each', async () => {
      const verifier = new OidcVerifier(config(provider));
      const before = provider.jwksFetches;
      await verifier.verify(await provider.sign(person()));
      const madeUp = (i: number) => provider.sign(person(), { kid: `made-up-${i}`, expiresIn: 3600 });

      expect(await rejection(verifier.verify(await madeUp(0)))).toMatchObject(INVALID);
      expect(provider.jwksFetches - before).toBe(1);

      moveDateTo(at(31));
      const flood = await Promise.all(Array.from({ length: 20 }, (_, i) => madeUp(i)));
      const refusals = await Promise.all(flood.map((token) => rejection(verifier.verify(token))));
      refusals.forEach((refusal) => expect(refusal).toMatchObject(INVALID));
      for (const token of flood) expect(await rejection(verifier.verify(token))).toMatchObject(INVALID);
      expect(provider.jwksFetches - before).toBe(2);
    });

    it('says the provider is unreachable (503) when its key set cannot be fetched, and recovers on the next call', async () => {
      const verifier = new OidcVerifier(config(provider));
      const token = await provider.sign(person());
      provider.setOutage({ jwks: true });
      try {
        expect(await rejection(verifier.verify(token))).toMatchObject(UNREACHABLE);
      } finally {
        provider.setOutage({ jwks: false });
      }
      await expect(verifier.verify(token)).resolves.toMatchObject({ username: 'li.na' });
    });

    it('says the provider is unreachable (503) when nothing listens at its address', async () => {
      const gone = await startTestIssuer({ audience: AUDIENCE });
      const token = await gone.sign(person());
      const verifier = new OidcVerifier(config(gone));
      await gone.stop();
      expect(await rejection(verifier.verify(token))).toMatchObject(UNREACHABLE);
    });
  });

  describe('discovery (no JWKS URL configured)', () => {
    let realm: TestIssuer;
    beforeAll(async () => {
      realm = await startTestIssuer({ audience: AUDIENCE, path: '/realms/hospital' });
    });
    afterAll(() => realm.stop());

    it("reads the key set's address from the issuer's discovery document, once", async () => {
      const verifier = new OidcVerifier(config(realm, { jwksUrl: null }));
      const discoveries = realm.discoveryFetches;
      const fetches = realm.jwksFetches;
      const token = await realm.sign(person());
      await Promise.all([verifier.verify(token), verifier.verify(token)]);
      await verifier.verify(token);
      expect(realm.discoveryFetches - discoveries).toBe(1);
      expect(realm.jwksFetches - fetches).toBe(1);
    });

    it('does not remember a failed discovery: the next call tries again', async () => {
      const verifier = new OidcVerifier(config(realm, { jwksUrl: null }));
      const discoveries = realm.discoveryFetches;
      const token = await realm.sign(person());
      realm.setOutage({ discovery: true });
      try {
        expect(await rejection(verifier.verify(token))).toMatchObject(UNREACHABLE);
      } finally {
        realm.setOutage({ discovery: false });
      }
      await expect(verifier.verify(token)).resolves.toMatchObject({ username: 'li.na' });
      expect(realm.discoveryFetches - discoveries).toBe(2);
    });

    it('refuses a discovery document that names another issuer', async () => {
      const impostor = await startTestIssuer({ audience: AUDIENCE, discoveryIssuer: 'https://idp.hospital.example/realms/hospital' });
      try {
        const verifier = new OidcVerifier(config(impostor, { jwksUrl: null }));
        expect(await rejection(verifier.verify(await impostor.sign(person())))).toMatchObject(UNREACHABLE);
        expect(impostor.jwksFetches).toBe(0);
      } finally {
        await impostor.stop();
      }
    });
  });

  describe('isProviderToken (routing only)', () => {
    it("is true for a token whose unverified iss is the provider's, false for anything else", async () => {
      const verifier = new OidcVerifier(config(provider));
      const gatewayToken = new JwtService({ secret: 's'.repeat(40) }).sign({ sub: 'u1' }, { issuer: 'hospital-gateway', audience: 'hospital-api' });
      expect(verifier.isProviderToken(await provider.sign(person()))).toBe(true);
      expect(verifier.isProviderToken(await other.sign(person()))).toBe(false);
      expect(verifier.isProviderToken(gatewayToken)).toBe(false);
      expect(verifier.isProviderToken('')).toBe(false);
      expect(verifier.isProviderToken('not.a.jwt')).toBe(false);
    });

    it('says nothing about validity: a forgery with our iss is routed here and refused by verify', async () => {
      const verifier = new OidcVerifier(config(provider));
      const forged = provider.forgedNone(person());
      expect(verifier.isProviderToken(forged)).toBe(true);
      expect(await rejection(verifier.verify(forged))).toMatchObject(INVALID);
    });
  });

  it('never puts a token into a log line or an error', async () => {
    logs.forEach((spy) => spy.mockClear());
    const verifier = new OidcVerifier(config(provider));
    const tokens = [
      provider.forgedNone(person()),
      await provider.forgedWithPublicKey(person()),
      await other.sign(person({ iss: provider.issuer })),
      await provider.sign(person({ exp: NOW - 3600 })),
      await provider.sign(person({ aud: 'another-api' })),
      await provider.sign(person({ preferred_username: undefined })),
    ];
    provider.setOutage({ jwks: true });
    try {
      tokens.push(await provider.sign(person()));
      const unreachable = new OidcVerifier(config(provider));
      expect(await rejection(unreachable.verify(tokens[tokens.length - 1]))).toMatchObject(UNREACHABLE);
    } finally {
      provider.setOutage({ jwks: false });
    }
    const errors = await Promise.all(tokens.slice(0, -1).map((token) => rejection(verifier.verify(token))));
    const logged = logs.flatMap((spy) => spy.mock.calls.flat().map(String));
    expect(logged.length).toBeGreaterThan(0);
    for (const text of [...logged, ...errors.map((e) => `${e.message} ${JSON.stringify(e.toWire())}`)]) {
      for (const token of tokens) {
        for (const part of token.split('.').filter((p) => p.length > 8)) expect(text).not.toContain(part);
      }
    }
  });
});
