import { configErrorOf } from '@hospital/service-testing';
import { gatewayConfig, loadGatewayEnv } from './config';

/** What the gateway cannot start without, so each case below varies only what it is about. */
const required = {
  DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/hospital',
  NATS_URL: 'nats://127.0.0.1:4222',
  JWT_SECRET: 'a-signing-key-of-at-least-32-characters',
};

const configError = (source: Record<string, string>) => configErrorOf(() => loadGatewayEnv(source));

describe('gateway configuration', () => {
  it('refuses every invalid setting at once, in one message naming each variable', () => {
    const { NATS_URL: _unset, ...withoutNats } = required;
    const { message } = configError({ ...withoutNats, JWT_SECRET: 'short', RATE_LIMIT_PER_MINUTE: '0', PORT: 'abc' });
    expect(message.split('\n')[0]).toBe('Invalid configuration:');
    for (const name of ['JWT_SECRET', 'RATE_LIMIT_PER_MINUTE', 'PORT', 'NATS_URL']) {
      expect(message).toMatch(new RegExp(`^  ${name}: `, 'm'));
    }
    expect(message).toContain('NATS_URL: is required but not set');
    expect(message).toContain('JWT_SECRET: must be at least 32 characters');
    expect(message.split('\n')).toHaveLength(5);
  });

  it('starts with the required variables only, on the documented defaults', () => {
    const env = loadGatewayEnv(required);
    expect(env).toMatchObject({ PORT: 3000, JWT_TTL_SECONDS: 28_800, RPC_TIMEOUT_MS: 5_000, RATE_LIMIT_PER_MINUTE: 600, RATE_LIMIT_PUBLIC_PER_MINUTE: 30 });
    expect(gatewayConfig(env)).toEqual({
      jwt: { secret: required.JWT_SECRET, ttlSeconds: 28_800 },
      rpcTimeoutMs: 5_000,
      rateLimits: { perMinute: 600, publicPerMinute: 30, loginPerMinute: 300 },
      trustProxyHops: 0,
      corsOrigins: [],
      initialAdmin: null,
      passwords: { minLength: 10 },
      loginProtection: { maxFailures: 5, maxFailuresPerAddress: 100, lockMs: 15 * 60_000 },
      oidc: null,
      audit: { retentionDays: 180 },
      boardStream: { heartbeatMs: 15_000, startTimeoutMs: 5_000 },
    });
  });

  it('reads the first administrator, the identity provider and the allowed origins in the shape the modules use', () => {
    const env = loadGatewayEnv({
      ...required,
      INITIAL_ADMIN_USERNAME: ' IT.Admin ',
      INITIAL_ADMIN_PASSWORD: 'from-the-secret-1',
      OIDC_ISSUER: 'https://sso.hospital.example/realms/hospital',
      OIDC_AUDIENCE: 'hospital-api',
      OIDC_ROLES_CLAIM: 'realm_access.roles',
      OIDC_ROLE_MAP: 'kefu-dispatch=dispatcher, kefu-boss=manager',
      CORS_ORIGINS: 'https://kefu.hospital.example/, http://10.1.2.3:8080',
      LOGIN_LOCK_MINUTES: '30',
    });
    expect(gatewayConfig(env)).toMatchObject({
      initialAdmin: { username: 'it.admin', password: 'from-the-secret-1' },
      oidc: {
        issuer: 'https://sso.hospital.example/realms/hospital',
        audience: 'hospital-api',
        jwksUrl: null,
        rolesClaim: 'realm_access.roles',
        roleMap: { 'kefu-dispatch': 'dispatcher', 'kefu-boss': 'manager' },
        usernameClaim: 'preferred_username',
        clockSkewSeconds: 60,
      },
      corsOrigins: ['https://kefu.hospital.example', 'http://10.1.2.3:8080'],
      loginProtection: { lockMs: 30 * 60_000 },
    });
  });

  it('names what is missing from settings that only work together, and every bad list item', () => {
    const { message } = configError({
      ...required,
      INITIAL_ADMIN_PASSWORD: 'from-the-secret-1',
      OIDC_ISSUER: 'https://sso.hospital.example/realms/hospital',
      OIDC_ROLE_MAP: 'kefu=root',
      CORS_ORIGINS: 'ftp://files.example',
    });
    expect(message).toContain('INITIAL_ADMIN_USERNAME: is required with INITIAL_ADMIN_PASSWORD');
    expect(message).toContain('OIDC_AUDIENCE: is required with OIDC_ISSUER');
    expect(message).toMatch(/^ {2}OIDC_ROLE_MAP \(item 1\): must be provider-value=role pairs/m);
    expect(message).toMatch(/^ {2}CORS_ORIGINS \(item 1\): /m);
    expect(configError({ ...required, CREATE_ADMIN_ONLY: 'true' }).message).toContain('INITIAL_ADMIN_USERNAME: is required with CREATE_ADMIN_ONLY');
  });

  it('shapes the settings for the modules: the board heartbeat in milliseconds', () => {
    const env = loadGatewayEnv({ ...required, BOARD_HEARTBEAT_SECONDS: '30', BOARD_FEED_START_TIMEOUT_MS: '2000', JWT_TTL_SECONDS: '3600' });
    expect(gatewayConfig(env)).toMatchObject({ jwt: { ttlSeconds: 3600 }, boardStream: { heartbeatMs: 30_000, startTimeoutMs: 2_000 } });
  });
});
