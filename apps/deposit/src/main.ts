import { ConfigError, startService } from '@hospital/platform';
import { DepositAppModule } from './app.module';
import { loadDepositEnv, SERVICE_NAME } from './config';

async function main(): Promise<void> {
  const env = loadDepositEnv();
  await startService(DepositAppModule.forRoot(env), { service: SERVICE_NAME, env, handleSignals: true });
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? `${SERVICE_NAME}: ${error.message}` : error);
  process.exit(1);
});
