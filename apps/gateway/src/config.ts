import { baseEnvSchema, loadEnv } from '@hospital/platform';
import { z } from 'zod';
import { HUMAN_ROLES, Role } from '@hospital/contracts';

/** The log label, the database connection's application name and the NATS client name of the gateway. */
export const SERVICE_NAME = 'gateway';

const flag = z
  .enum(['true', 'false', '1', '0', ''])
  .default('false')
  .transform((v) => v === 'true' || v === '1');

/** Usernames as accounts store them: lower-case letters, digits and . _ - (a CHECK in the database too). */
const username = z
  .string()
  .transform((v) => v.trim().toLowerCase())
  .pipe(z.string().regex(/^[a-z0-9][a-z0-9._-]{1,63}$/, 'must be 2-64 letters, digits, ".", "_" or "-"'));

/** A comma-separated variable as a list of trimmed, non-empty items, each checked by `item`. */
function commaList(item: z.ZodType<string, string>) {
  return z
    .string()
    .transform((v) => v.split(',').map((s) => s.trim()).filter(Boolean))
    .pipe(z.array(item));
}

/** Every variable the gateway reads: the platform's, and its own below. */
export const gatewayEnvSchema = baseEnvSchema.extend({
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  /** HS256 signing key for access tokens; at least 32 characters so it cannot be guessed. */
  JWT_SECRET: z.string().min(32, 'must be at least 32 characters'),
  /** Access token lifetime in seconds; default one shift (8 h). */
  JWT_TTL_SECONDS: z.coerce.number().int().min(60).max(86_400).default(28_800),
  /** Deadline for every call to a service before the client gets 504. */
  RPC_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(5_000),
  /** Requests per minute to one route from one user or API key (from one client address when no credential is sent). */
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(600),
  /** Requests per minute from one client address to each public (no-account) route. */
  RATE_LIMIT_PUBLIC_PER_MINUTE: z.coerce.number().int().min(1).default(30),
  /** Login attempts per minute from one client address: a whole ward behind one NAT logs in at shift change. */
  RATE_LIMIT_LOGIN_PER_MINUTE: z.coerce.number().int().min(1).default(300),
  /** Proxies in front of the gateway whose X-Forwarded-For is believed (the ingress controller: 1). 0 = the TCP peer is the client. */
  TRUST_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
  /** Origins (scheme://host[:port]) of the hospital's browser apps allowed to call the API; empty = none. */
  CORS_ORIGINS: commaList(z.url({ protocol: /^https?$/, error: 'must be a comma-separated list of http(s) origins' })).default([]),
  /** The first administrator, created at start-up only when no administrator exists; must change the password at first login. */
  INITIAL_ADMIN_USERNAME: username.optional(),
  INITIAL_ADMIN_PASSWORD: z.string().min(12, 'must be at least 12 characters').max(200).optional(),
  /** Create the first administrator (INITIAL_ADMIN_*) if none exists, after migrating, and exit: the one-shot command. */
  CREATE_ADMIN_ONLY: flag,
  /** Shortest password a person may choose. */
  PASSWORD_MIN_LENGTH: z.coerce.number().int().min(8).max(128).default(10),
  /** Failed logins for one username before it is locked (whether or not the account exists). */
  LOGIN_MAX_FAILURES: z.coerce.number().int().min(1).max(100).default(5),
  /** Failed logins from one client address before that address is locked out of login. */
  LOGIN_MAX_FAILURES_PER_ADDRESS: z.coerce.number().int().min(1).max(10_000).default(100),
  /** How long a lock-out lasts; failures older than this are forgotten. */
  LOGIN_LOCK_MINUTES: z.coerce.number().int().min(1).max(24 * 60).default(15),
  /** The hospital's OpenID Connect issuer (its `iss`); when set, the gateway also accepts that provider's access tokens. */
  OIDC_ISSUER: z.url({ protocol: /^https?$/ }).optional(),
  /** The `aud` the provider puts in tokens meant for this API. Required with OIDC_ISSUER. */
  OIDC_AUDIENCE: z.string().min(1).optional(),
  /** Where the provider's signing keys are; by default read from the issuer's /.well-known/openid-configuration. */
  OIDC_JWKS_URL: z.url({ protocol: /^https?$/ }).optional(),
  /** Claim (dot path, e.g. realm_access.roles) holding the provider's roles or groups. */
  OIDC_ROLES_CLAIM: z.string().regex(/^[A-Za-z0-9_:-]+(\.[A-Za-z0-9_:-]+)*$/, 'must be a claim name or dot path').default('roles'),
  /** provider-value=platform-role pairs, comma-separated (e.g. hsp-dispatch=dispatcher); empty = values equal to role names. */
  OIDC_ROLE_MAP: commaList(
    z.string().refine((pair) => /^[^=]+=[a-z_]+$/.test(pair) && (HUMAN_ROLES as string[]).includes(pair.split('=')[1]), {
      message: `must be provider-value=role pairs, the role one of ${HUMAN_ROLES.join(', ')}`,
    }),
  ).default([]),
  /** Claim that names the user; matched against existing usernames (lower-cased) on first sign-in. */
  OIDC_USERNAME_CLAIM: z.string().min(1).default('preferred_username'),
  /** Tolerated clock difference with the provider when checking exp and nbf. */
  OIDC_CLOCK_SKEW_SECONDS: z.coerce.number().int().min(0).max(300).default(60),
  /** Days the audit log keeps an entry before the sweep deletes it. */
  AUDIT_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(180),
  /** A comment line on every live board stream this often, so proxies do not close an idle one. */
  BOARD_HEARTBEAT_SECONDS: z.coerce.number().int().min(1).max(300).default(15),
  /** How long start-up waits for the board's event feed to open before going on without it (it keeps trying). */
  BOARD_FEED_START_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(5_000),
}).superRefine((env, ctx) => {
  // Settings that only mean something together: name the missing one, like any other bad variable.
  const together: [keyof typeof env, keyof typeof env][] = [
    ['INITIAL_ADMIN_USERNAME', 'INITIAL_ADMIN_PASSWORD'],
    ['INITIAL_ADMIN_PASSWORD', 'INITIAL_ADMIN_USERNAME'],
    ['OIDC_ISSUER', 'OIDC_AUDIENCE'],
    ['OIDC_AUDIENCE', 'OIDC_ISSUER'],
  ];
  for (const [set, needed] of together) {
    if (env[set] !== undefined && env[needed] === undefined) ctx.addIssue({ code: 'custom', path: [needed], message: `is required with ${set}` });
  }
  if (env.CREATE_ADMIN_ONLY && env.INITIAL_ADMIN_USERNAME === undefined) {
    ctx.addIssue({ code: 'custom', path: ['INITIAL_ADMIN_USERNAME'], message: 'is required with CREATE_ADMIN_ONLY' });
  }
});

export type GatewayEnv = z.infer<typeof gatewayEnvSchema>;

/** The validated environment; `source` is for specs, the process passes nothing. */
export const loadGatewayEnv = (source: NodeJS.ProcessEnv = process.env): GatewayEnv => loadEnv(gatewayEnvSchema, source);

/** What the gateway's modules read: its own settings in the shape they use them. */
export interface GatewayConfig {
  jwt: { secret: string; ttlSeconds: number };
  rpcTimeoutMs: number;
  rateLimits: { perMinute: number; publicPerMinute: number; loginPerMinute: number };
  /** Proxy hops whose X-Forwarded-For is trusted (Express's `trust proxy`). */
  trustProxyHops: number;
  corsOrigins: string[];
  initialAdmin: { username: string; password: string } | null;
  passwords: { minLength: number };
  loginProtection: { maxFailures: number; maxFailuresPerAddress: number; lockMs: number };
  /** The hospital's identity provider, or null when only the gateway's own login is used. */
  oidc: {
    issuer: string;
    audience: string;
    /** null: discovered from the issuer. */
    jwksUrl: string | null;
    rolesClaim: string;
    /** Provider value to platform role; empty means the values are the role names themselves. */
    roleMap: Record<string, Role>;
    usernameClaim: string;
    clockSkewSeconds: number;
  } | null;
  audit: { retentionDays: number };
  boardStream: {
    /** A comment line this often keeps proxies and load balancers from closing an idle stream. */
    heartbeatMs: number;
    /** How long boot waits for the first attempt to open the event consumer before going on without it. */
    startTimeoutMs: number;
  };
}

export const GATEWAY_CONFIG = Symbol('GATEWAY_CONFIG');

export function gatewayConfig(env: GatewayEnv): GatewayConfig {
  return {
    jwt: { secret: env.JWT_SECRET, ttlSeconds: env.JWT_TTL_SECONDS },
    rpcTimeoutMs: env.RPC_TIMEOUT_MS,
    rateLimits: {
      perMinute: env.RATE_LIMIT_PER_MINUTE,
      publicPerMinute: env.RATE_LIMIT_PUBLIC_PER_MINUTE,
      loginPerMinute: env.RATE_LIMIT_LOGIN_PER_MINUTE,
    },
    trustProxyHops: env.TRUST_PROXY_HOPS,
    corsOrigins: env.CORS_ORIGINS.map((origin) => new URL(origin).origin),
    initialAdmin:
      env.INITIAL_ADMIN_USERNAME && env.INITIAL_ADMIN_PASSWORD
        ? { username: env.INITIAL_ADMIN_USERNAME, password: env.INITIAL_ADMIN_PASSWORD }
        : null,
    passwords: { minLength: env.PASSWORD_MIN_LENGTH },
    loginProtection: {
      maxFailures: env.LOGIN_MAX_FAILURES,
      maxFailuresPerAddress: env.LOGIN_MAX_FAILURES_PER_ADDRESS,
      lockMs: env.LOGIN_LOCK_MINUTES * 60_000,
    },
    oidc:
      env.OIDC_ISSUER && env.OIDC_AUDIENCE
        ? {
            issuer: env.OIDC_ISSUER,
            audience: env.OIDC_AUDIENCE,
            jwksUrl: env.OIDC_JWKS_URL ?? null,
            rolesClaim: env.OIDC_ROLES_CLAIM,
            roleMap: Object.fromEntries(env.OIDC_ROLE_MAP.map((pair) => pair.split('=') as [string, Role])),
            usernameClaim: env.OIDC_USERNAME_CLAIM,
            clockSkewSeconds: env.OIDC_CLOCK_SKEW_SECONDS,
          }
        : null,
    audit: { retentionDays: env.AUDIT_RETENTION_DAYS },
    boardStream: { heartbeatMs: env.BOARD_HEARTBEAT_SECONDS * 1000, startTimeoutMs: env.BOARD_FEED_START_TIMEOUT_MS },
  };
}
