import { defineService } from '@hospital/platform';
import { DispatchAppModule } from './app.module';
import { dispatchConfig, dispatchEnvSchema, SERVICE_NAME } from './config';

/** The dispatch service as main.ts runs it and the specs boot it. */
export const dispatchService = defineService({
  name: SERVICE_NAME,
  envSchema: dispatchEnvSchema,
  config: dispatchConfig,
  module: (env, config) => DispatchAppModule.forRoot(env, config),
});
