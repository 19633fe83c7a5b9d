import { baseEnvSchema, loadEnv } from '@hospital/platform';
import { z } from 'zod';

/** The log label, the database connection's application name and the NATS client name of the gateway. */
export const SERVICE_NAME = 'gateway';

/** Every variable the gateway reads: the platform's, and its own below. */
export const gatewayEnvSchema = baseEnvSchema.extend({
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  /** HS256 signing key for access tokens; at least 32 characters so it cannot be guessed. */
  JWT_SECRET: z.string().min(32, 'must be at least 32 characters'),
  /** Access token lifetime in seconds; default one shift (8 h). */
  JWT_TTL_SECONDS: z.coerce.number().int().min(60).max(86_400).default(28_800),
  /** Deadline for every call to a service before the client gets 504. */
  RPC_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(5_000),
  /** Requests per minute from one client IP to one route (the TCP peer's address: see the README on proxies). */
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(600),
  /** In addition, requests per minute from one client IP to login and each public (no-account) route. */
  RATE_LIMIT_PUBLIC_PER_MINUTE: z.coerce.number().int().min(1).default(30),
  /** A comment line on every live board stream this often, so proxies do not close an idle one. */
  BOARD_HEARTBEAT_SECONDS: z.coerce.number().int().min(1).max(300).default(15),
  /** How long start-up waits for the board's event feed to open before going on without it (it keeps trying). */
  BOARD_FEED_START_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(5_000),
});

export type GatewayEnv = z.infer<typeof gatewayEnvSchema>;

/** The validated environment; `source` is for specs, the process passes nothing. */
export const loadGatewayEnv = (source: NodeJS.ProcessEnv = process.env): GatewayEnv => loadEnv(gatewayEnvSchema, source);

/** What the gateway's modules read: its own settings in the shape they use them. */
export interface GatewayConfig {
  jwt: { secret: string; ttlSeconds: number };
  rpcTimeoutMs: number;
  rateLimits: { perMinute: number; publicPerMinute: number };
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
    rateLimits: { perMinute: env.RATE_LIMIT_PER_MINUTE, publicPerMinute: env.RATE_LIMIT_PUBLIC_PER_MINUTE },
    boardStream: { heartbeatMs: env.BOARD_HEARTBEAT_SECONDS * 1000, startTimeoutMs: env.BOARD_FEED_START_TIMEOUT_MS },
  };
}
