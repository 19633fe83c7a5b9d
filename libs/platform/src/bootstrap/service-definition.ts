import { DynamicModule } from '@nestjs/common';
import { z } from 'zod';
import { loadEnv, ServiceEnv } from '../config/env';

/**
 * A service in one object, which its main.ts runs and its specs boot the same way:
 * - `name`: its queue group, Postgres schema and log label;
 * - `envSchema`: every environment variable it reads — the platform's (`serviceEnvSchema`)
 *   extended with its own — so that one check at start names every missing or invalid one;
 * - `config`: its own settings in the shape its modules use (tables, milliseconds, fen);
 * - `module`: its root module, given both.
 */
export interface ServiceDefinition<E extends ServiceEnv = ServiceEnv, C = unknown> {
  name: string;
  envSchema: z.ZodType<E>;
  config(env: E): C;
  module(env: E, config: C): DynamicModule;
}

/** Identity, for type inference: `export const dispatchService = defineService({ ... })`. */
export function defineService<E extends ServiceEnv, C>(definition: ServiceDefinition<E, C>): ServiceDefinition<E, C> {
  return definition;
}

export interface LoadedService<E extends ServiceEnv, C> {
  env: E;
  config: C;
  module: DynamicModule;
}

/**
 * Validates the whole environment at once (a ConfigError listing every bad variable) and builds
 * the root module. `overrides` replace shaped settings after validation: specs use it for values
 * production must not be set to (a sweep every 200 ms).
 */
export function loadService<E extends ServiceEnv, C>(
  definition: ServiceDefinition<E, C>,
  source: NodeJS.ProcessEnv,
  overrides: Partial<C> = {},
): LoadedService<E, C> {
  const env = loadEnv(definition.envSchema, source);
  const config = { ...definition.config(env), ...overrides };
  return { env, config, module: definition.module(env, config) };
}
