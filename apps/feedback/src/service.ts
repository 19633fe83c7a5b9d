import { defineService } from '@hospital/platform';
import { FeedbackAppModule } from './app.module';
import { feedbackConfig, feedbackEnvSchema, SERVICE_NAME } from './config';

/** The feedback service as main.ts runs it and the specs boot it. */
export const feedbackService = defineService({
  name: SERVICE_NAME,
  envSchema: feedbackEnvSchema,
  config: feedbackConfig,
  module: (env, config) => FeedbackAppModule.forRoot(env, config),
});
