import { ConfigError, startService } from '@hospital/platform';
import { FeedbackAppModule } from './app.module';
import { loadFeedbackEnv, SERVICE_NAME } from './config';

async function main(): Promise<void> {
  const env = loadFeedbackEnv();
  await startService(FeedbackAppModule.forRoot(env), { service: SERVICE_NAME, env, handleSignals: true });
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? `${SERVICE_NAME}: ${error.message}` : error);
  process.exit(1);
});
