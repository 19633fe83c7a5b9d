import { z } from 'zod';

/** Thrown at boot when the environment is incomplete; the message lists every problem. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

const port = z.coerce.number().int().min(1).max(65535);
const url = (protocols: string[]) =>
  z
    .string()
    .url()
    .refine((v) => protocols.some((p) => v.startsWith(`${p}://`)), { message: `must start with ${protocols.join(':// or ')}://` });

/** What every process of the platform reads. */
export const baseEnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('production'),
  NATS_URL: url(['nats', 'tls']),
  /** Prepended to every NATS subject; lets test suites share one NATS server without crosstalk. */
  NATS_SUBJECT_PREFIX: z
    .string()
    .regex(/^([A-Za-z0-9_-]+\.)?$/, 'must be empty or a token followed by a dot, e.g. "t42."')
    .default(''),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  TZ_HOSPITAL: z
    .string()
    .refine((tz) => {
      try {
        new Intl.DateTimeFormat('en', { timeZone: tz });
        return true;
      } catch {
        return false;
      }
    }, 'must be an IANA time zone such as Asia/Shanghai')
    .default('Asia/Shanghai'),
  DATABASE_URL: url(['postgres', 'postgresql']),
  /** Pool size per process; Postgres connections are the scarce resource when replicas scale out. */
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
  SEED_DEMO: z
    .enum(['true', 'false', '1', '0', ''])
    .default('false')
    .transform((v) => v === 'true' || v === '1'),
  /** Run the pending migrations under the advisory lock and exit 0: the Helm pre-install/pre-upgrade Job. */
  MIGRATE_ONLY: z
    .enum(['true', 'false', '1', '0', ''])
    .default('false')
    .transform((v) => v === 'true' || v === '1'),
});

/** What the dispatch, deposit and feedback services read. */
export const serviceEnvSchema = baseEnvSchema.extend({
  HEALTH_PORT: port,
  /** How long events stay in the JetStream stream, for replay and for consumers that were down. */
  EVENTS_MAX_AGE_DAYS: z.coerce.number().int().min(1).max(365).default(7),
  /** JetStream drops a re-sent event (same id) inside this window; at least 2 minutes. */
  EVENTS_DUPLICATE_WINDOW_MS: z.coerce.number().int().min(120_000).default(120_000),
  /** Deliveries of one event to one consumer before it goes to the dead letters. */
  EVENTS_MAX_DELIVER: z.coerce.number().int().min(1).max(100).default(5),
  /** How long a consumer may work on an event before JetStream redelivers it. */
  EVENTS_ACK_WAIT_MS: z.coerce.number().int().min(1_000).max(600_000).default(30_000),
  /** How long an Idempotency-Key is remembered. */
  IDEMPOTENCY_TTL_HOURS: z.coerce.number().int().min(1).max(24 * 30).default(24),
});

export type BaseEnv = z.infer<typeof baseEnvSchema>;
export type ServiceEnv = z.infer<typeof serviceEnvSchema>;

/** Parse and validate the environment, failing with one readable message naming every bad variable. */
export function loadEnv<S extends z.ZodTypeAny>(schema: S, source: NodeJS.ProcessEnv = process.env): z.infer<S> {
  // Templates (Helm, compose) often render unset values as empty strings: treat them as unset.
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== ''));
  const result = schema.safeParse(cleaned);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => {
    // A list variable's item is named by the variable and the item's place in it.
    const [variable, ...within] = issue.path.map(String);
    const name = within.length ? `${variable} (item ${Number(within[0]) + 1})` : variable;
    const missing = cleaned[variable] === undefined;
    // A rule across variables (custom) says what the missing one is needed with.
    return `  ${name}: ${missing && issue.code !== 'custom' ? 'is required but not set' : issue.message}`;
  });
  throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
}

/** The validated environment, injectable anywhere as `@Inject(ENV)`. */
export const ENV = Symbol('ENV');
