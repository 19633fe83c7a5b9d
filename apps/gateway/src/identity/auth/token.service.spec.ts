import { JwtService } from '@nestjs/jwt';
import { ErrorCode, Role } from '@hospital/contracts';
import { DomainError } from '@hospital/platform';
import type { GatewayConfig } from '../../config';
import { jwtModuleOptions, TokenService } from './token.service';

const config = { jwt: { secret: 's'.repeat(40), ttlSeconds: 600 } } as GatewayConfig;
const user = { id: '7d9f1c1e-4b7a-4a59-9d61-2f7f6f1f0a01', username: 'dispatcher', roles: [Role.Dispatcher], staffId: null, sessionVersion: 3, mustChangePassword: false };

async function rejection(promise: Promise<unknown>): Promise<DomainError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof DomainError)) throw new Error(`expected a DomainError, got ${String(error)}`);
  return error;
}

describe('TokenService', () => {
  const options = jwtModuleOptions(config.jwt);
  const service = new TokenService(new JwtService(options), config);

  it('issues a token naming the account and its session version, and says whether the password must change', async () => {
    const token = await service.issue(user);
    expect(token).toMatchObject({ tokenType: 'Bearer', expiresIn: 600, passwordChangeRequired: false });
    await expect(service.verify(token.accessToken)).resolves.toEqual({ userId: user.id, sessionVersion: 3 });
    expect((await service.issue({ ...user, mustChangePassword: true })).passwordChangeRequired).toBe(true);
  });

  it('refuses a token of the release before session versions, so its holder logs in again', async () => {
    const token = new JwtService(options).sign({ sub: user.id, roles: user.roles, staffId: null, name: 'x' });
    expect(await rejection(service.verify(token))).toMatchObject({ code: ErrorCode.Unauthenticated, message: 'access token is invalid' });
  });

  it('says "expired" for an expired token', async () => {
    const past = Math.floor(Date.now() / 1000) - 60;
    const expired = new JwtService({ secret: config.jwt.secret }).sign(
      { sub: user.id, roles: user.roles, staffId: null, name: 'x', sv: 0, exp: past },
      { issuer: 'hospital-gateway', audience: 'hospital-api' },
    );
    expect(await rejection(service.verify(expired))).toMatchObject({ code: ErrorCode.Unauthenticated, message: 'access token has expired' });
  });

  it.each([
    ['another secret', new JwtService({ ...options, secret: 'x'.repeat(40) })],
    ['another audience', new JwtService({ ...options, signOptions: { ...options.signOptions, audience: 'elsewhere' } })],
  ])('rejects a token signed with %s', async (_, signer) => {
    const token = signer.sign({ sub: user.id, roles: user.roles, staffId: null, name: 'x', sv: 0 });
    expect(await rejection(service.verify(token))).toMatchObject({ code: ErrorCode.Unauthenticated, message: 'access token is invalid' });
  });

  it('rejects an unsigned ("alg: none") token', async () => {
    const b64 = (v: object) => Buffer.from(JSON.stringify(v)).toString('base64url');
    const now = Math.floor(Date.now() / 1000);
    const token = `${b64({ alg: 'none', typ: 'JWT' })}.${b64({ sub: user.id, roles: ['admin'], name: 'x', iat: now, exp: now + 60, iss: 'hospital-gateway', aud: 'hospital-api' })}.`;
    expect((await rejection(service.verify(token))).code).toBe(ErrorCode.Unauthenticated);
  });

  it('rejects a correctly signed token with claims of the wrong shape', async () => {
    const token = new JwtService(options).sign({ sub: user.id, roles: ['root'], name: 'x', sv: 0 });
    expect((await rejection(service.verify(token))).code).toBe(ErrorCode.Unauthenticated);
  });
});
