import { defineService } from '@hospital/platform';
import { WebhooksAppModule } from './app.module';
import { SERVICE_NAME, webhooksConfig, webhooksEnvSchema } from './config';

/** The webhooks service as main.ts runs it and the specs boot it. */
export const webhooksService = defineService({
  name: SERVICE_NAME,
  envSchema: webhooksEnvSchema,
  config: webhooksConfig,
  module: (env, config) => WebhooksAppModule.forRoot(env, config),
});
