import { baseEnvSchema, loadEnv } from '@hospital/platform';
import { z } from 'zod';

export const gatewayEnvSchema = baseEnvSchema.extend({
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  /** HS256 signing key for access tokens; at least 32 characters so it cannot be guessed. */
  JWT_SECRET: z.string().min(32, 'must be at least 32 characters'),
  /** Access token lifetime in seconds; default one shift (8 h). */
  JWT_TTL_SECONDS: z.coerce.number().int().min(60).max(86_400).default(28_800),
  /** Deadline for every call to a service before the client gets 504. */
  RPC_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(5_000),
  /** Requests per minute per client (IP or credential) across the API. */
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(600),
  /** Requests per minute per IP for login and the public (no-account) endpoints. */
  RATE_LIMIT_PUBLIC_PER_MINUTE: z.coerce.number().int().min(1).default(30),
});

export type GatewayEnv = z.infer<typeof gatewayEnvSchema>;

export const loadGatewayEnv = (source: NodeJS.ProcessEnv = process.env): GatewayEnv => loadEnv(gatewayEnvSchema, source);
