import { defineService } from '@hospital/platform';
import { DepositAppModule } from './app.module';
import { depositConfig, depositEnvSchema, SERVICE_NAME } from './config';

/** The deposit service as main.ts runs it and the specs boot it. */
export const depositService = defineService({
  name: SERVICE_NAME,
  envSchema: depositEnvSchema,
  config: depositConfig,
  module: (env, config) => DepositAppModule.forRoot(env, config),
});
