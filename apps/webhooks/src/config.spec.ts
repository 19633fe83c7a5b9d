import { loadEnv } from '@hospital/platform';
import { configErrorOf, variablesNamedIn } from '@hospital/service-testing';
import { webhooksConfig, webhooksEnvSchema } from './config';

/** What webhooks cannot start without, so each case below varies only what it is about. */
const required = {
  DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/hospital',
  NATS_URL: 'nats://127.0.0.1:4222',
  HEALTH_PORT: '8084',
  WEBHOOKS_SECRET_KEY: 'a-key-of-at-least-thirty-two-characters-0123',
};
const envWith = (extra: Record<string, string>) => loadEnv(webhooksEnvSchema, { ...required, ...extra });

describe('webhooks configuration', () => {
  it('refuses every invalid setting at once, the platform’s and its own, in one message naming each', () => {
    const error = configErrorOf(() =>
      envWith({
        WEBHOOKS_SECRET_KEY: 'short',
        WEBHOOKS_RETRY_SCHEDULE: '5s,soon',
        WEBHOOKS_ALLOWED_NETWORKS: '10.20.0.0/16,intranet',
        WEBHOOKS_TIMEOUT_MS: '0',
        WEBHOOKS_RETRY_JITTER: 'some',
        EVENTS_MAX_DELIVER: '0',
      }),
    );
    expect(error.message.split('\n').slice(1).sort()).toEqual([
      expect.stringMatching(/^ {2}EVENTS_MAX_DELIVER: /),
      '  WEBHOOKS_ALLOWED_NETWORKS (item 2): must be CIDR blocks such as 10.20.0.0/16, comma-separated',
      expect.stringMatching(/^ {2}WEBHOOKS_RETRY_JITTER: /),
      '  WEBHOOKS_RETRY_SCHEDULE (item 2): must be durations such as 5s,5m,30m,2h, comma-separated',
      '  WEBHOOKS_SECRET_KEY: must be at least 32 characters',
      expect.stringMatching(/^ {2}WEBHOOKS_TIMEOUT_MS: /),
    ]);
  });

  it('cannot start without the key that seals the signing secrets', () => {
    const { WEBHOOKS_SECRET_KEY: _, ...withoutKey } = required;
    expect(variablesNamedIn(configErrorOf(() => loadEnv(webhooksEnvSchema, withoutKey)))).toEqual(['WEBHOOKS_SECRET_KEY']);
  });

  it('by default: the Standard Webhooks schedule with full jitter, a 10 s timeout, 24 h of grace, no private addresses', () => {
    const config = webhooksConfig(envWith({}));
    expect(config).toMatchObject({
      timeoutMs: 10_000,
      retry: { scheduleMs: [5_000, 300_000, 1_800_000, 7_200_000, 18_000_000, 36_000_000, 36_000_000], jitter: 'full' },
      secretGraceMs: 24 * 3_600_000,
      maxInFlight: 32,
      maxInFlightPerEndpoint: 2,
      senderIntervalMs: 1_000,
      logRetentionDays: 30,
      addresses: { allowPrivate: false },
    });
    expect(config.addresses.allowedNetworks.check('10.20.1.5', 'ipv4')).toBe(false);
  });

  it('shapes a schedule, the allowed networks and the private-address switch', () => {
    const config = webhooksConfig(
      envWith({ WEBHOOKS_RETRY_SCHEDULE: '1s, 1s,250ms,2m', WEBHOOKS_RETRY_JITTER: 'none', WEBHOOKS_ALLOWED_NETWORKS: '10.20.0.0/16, fd00:1::/64', WEBHOOKS_ALLOW_PRIVATE_URLS: 'true' }),
    );
    expect(config.retry).toEqual({ scheduleMs: [1_000, 1_000, 250, 120_000], jitter: 'none' });
    expect(config.addresses.allowPrivate).toBe(true);
    expect(config.addresses.allowedNetworks.check('10.20.1.5', 'ipv4')).toBe(true);
    expect(config.addresses.allowedNetworks.check('10.21.1.5', 'ipv4')).toBe(false);
    expect(config.addresses.allowedNetworks.check('fd00:1::7', 'ipv6')).toBe(true);
  });
});
