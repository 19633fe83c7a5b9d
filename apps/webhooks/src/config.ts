import { serviceEnvSchema } from '@hospital/platform';
import { BlockList, isIP } from 'node:net';
import { z } from 'zod';

/** Queue group, Postgres schema and log label of this service. */
export const SERVICE_NAME = 'webhooks';

/** One wait of the retry schedule: a whole number and a unit, `500ms`, `5s`, `5m`, `2h`. */
const DURATION = /^(\d+)(ms|s|m|h)$/;
const UNIT_MS = { ms: 1, s: 1_000, m: 60_000, h: 3_600_000 } as const;

export function parseDuration(text: string): number | null {
  const match = DURATION.exec(text.trim());
  return match ? Number(match[1]) * UNIT_MS[match[2] as keyof typeof UNIT_MS] : null;
}

/** `10.20.0.0/16` or `fd00:1::/64`. */
function parseCidr(text: string): { address: string; prefix: number; family: 'ipv4' | 'ipv6' } | null {
  const [address, bits, extra] = text.trim().split('/');
  const version = isIP(address ?? '');
  const prefix = Number(bits);
  if (extra !== undefined || !version || !/^\d+$/.test(bits ?? '') || prefix > (version === 4 ? 32 : 128)) return null;
  return { address, prefix, family: version === 4 ? 'ipv4' : 'ipv6' };
}

/** Every variable the webhooks service reads: the platform's, and its own below. */
export const webhooksEnvSchema = serviceEnvSchema.extend({
  /**
   * Key (at least 32 characters) under which the endpoints' signing secrets are encrypted at rest
   * (AES-256-GCM): a dump of the database alone does not let anyone sign as the platform.
   */
  WEBHOOKS_SECRET_KEY: z.string().min(32, 'must be at least 32 characters'),
  /** Let endpoints point at loopback, link-local and private addresses (development, tests, a trusted network). */
  WEBHOOKS_ALLOW_PRIVATE_URLS: z
    .enum(['true', 'false', '1', '0', ''])
    .default('false')
    .transform((v) => v === 'true' || v === '1'),
  /** Private networks endpoints may point into though WEBHOOKS_ALLOW_PRIVATE_URLS is false: the hospital systems' subnets. */
  WEBHOOKS_ALLOWED_NETWORKS: z
    .string()
    .default('')
    .transform((v) => v.split(',').map((c) => c.trim()).filter(Boolean))
    .pipe(z.array(z.string().refine((c) => parseCidr(c) !== null, 'must be CIDR blocks such as 10.20.0.0/16, comma-separated'))),
  /** How long one attempt may take (connect, send, answer) before it counts as failed. */
  WEBHOOKS_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(10_000),
  /** Waits before each retry after the first attempt (Standard Webhooks' recommendation); the last one failed makes the delivery DEAD. */
  WEBHOOKS_RETRY_SCHEDULE: z
    .string()
    .default('5s,5m,30m,2h,5h,10h,10h')
    .transform((v) => v.split(',').map((d) => d.trim()))
    .pipe(z.array(z.string().refine((d) => (parseDuration(d) ?? 0) > 0, 'must be durations such as 5s,5m,30m,2h, comma-separated')).min(1).max(20)),
  /** `full`: each wait is drawn between 0 and the schedule's (full jitter), so receivers back up do not get every retry at once; `none`: the schedule as written. */
  WEBHOOKS_RETRY_JITTER: z.enum(['full', 'none']).default('full'),
  /** Hours a rotated-out secret still signs deliveries beside the new one. */
  WEBHOOKS_ROTATION_GRACE_HOURS: z.coerce.number().min(0).max(24 * 7).default(24),
  /** Attempts one process has under way at once, over all endpoints. */
  WEBHOOKS_MAX_IN_FLIGHT: z.coerce.number().int().min(1).max(1_000).default(32),
  /** Attempts one process has under way at once to one endpoint: a slow receiver holds no more than these. */
  WEBHOOKS_MAX_IN_FLIGHT_PER_ENDPOINT: z.coerce.number().int().min(1).max(100).default(2),
  /** How often each process looks for deliveries that are due. */
  WEBHOOKS_SENDER_INTERVAL_MS: z.coerce.number().int().min(50).max(60_000).default(1_000),
  /** Days a finished delivery (SUCCEEDED or DEAD) stays in the log. */
  WEBHOOKS_LOG_RETENTION_DAYS: z.coerce.number().int().min(1).max(3_650).default(30),
});

export type WebhooksEnv = z.infer<typeof webhooksEnvSchema>;

/** Which addresses an endpoint may point at (see endpoints/address-policy.ts). */
export interface AddressPolicyConfig {
  allowPrivate: boolean;
  allowedNetworks: BlockList;
}

export interface RetryConfig {
  /** Waits before retry 1, 2, ...: attempts = scheduleMs.length + 1. */
  scheduleMs: number[];
  jitter: 'full' | 'none';
}

/** What the webhooks modules read: the validated settings in the shape they use them. */
export interface WebhooksConfig {
  secretKey: string;
  addresses: AddressPolicyConfig;
  timeoutMs: number;
  retry: RetryConfig;
  secretGraceMs: number;
  maxInFlight: number;
  maxInFlightPerEndpoint: number;
  senderIntervalMs: number;
  logRetentionDays: number;
}

export const WEBHOOKS_CONFIG = Symbol('WEBHOOKS_CONFIG');

export function webhooksConfig(env: WebhooksEnv): WebhooksConfig {
  const allowedNetworks = new BlockList();
  for (const cidr of env.WEBHOOKS_ALLOWED_NETWORKS.map(parseCidr)) {
    if (cidr) allowedNetworks.addSubnet(cidr.address, cidr.prefix, cidr.family);
  }
  return {
    secretKey: env.WEBHOOKS_SECRET_KEY,
    addresses: { allowPrivate: env.WEBHOOKS_ALLOW_PRIVATE_URLS, allowedNetworks },
    timeoutMs: env.WEBHOOKS_TIMEOUT_MS,
    retry: { scheduleMs: env.WEBHOOKS_RETRY_SCHEDULE.map((d) => parseDuration(d) ?? 0), jitter: env.WEBHOOKS_RETRY_JITTER },
    secretGraceMs: env.WEBHOOKS_ROTATION_GRACE_HOURS * 3_600_000,
    maxInFlight: env.WEBHOOKS_MAX_IN_FLIGHT,
    maxInFlightPerEndpoint: env.WEBHOOKS_MAX_IN_FLIGHT_PER_ENDPOINT,
    senderIntervalMs: env.WEBHOOKS_SENDER_INTERVAL_MS,
    logRetentionDays: env.WEBHOOKS_LOG_RETENTION_DAYS,
  };
}
