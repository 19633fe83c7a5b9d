import { ConfigError, startService } from '@hospital/platform';
import { DispatchAppModule } from './app.module';
import { loadDispatchEnv, SERVICE_NAME } from './config';

async function main(): Promise<void> {
  const env = loadDispatchEnv();
  await startService(DispatchAppModule.forRoot(env), { service: SERVICE_NAME, env, handleSignals: true });
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? `${SERVICE_NAME}: ${error.message}` : error);
  process.exit(1);
});
