import { NestFactory } from '@nestjs/core';
import { ConfigError, exitGracefullyOnSignals, migrateOnly } from '@hospital/platform';
import { GatewayAppModule } from './app.module';
import { loadGatewayEnv, SERVICE_NAME } from './config';
import { configureGateway, useGatewayLogger } from './http/configure-gateway';
import { FirstAdmin } from './identity/users/first-admin.service';
import { buildOpenApiDocument, mountOpenApi } from './openapi/openapi';

async function main(): Promise<void> {
  const env = loadGatewayEnv();
  if (env.MIGRATE_ONLY) {
    await migrateOnly(GatewayAppModule.forRoot(env));
    process.exit(0);
  }
  if (env.CREATE_ADMIN_ONLY) {
    // The one-shot command for an existing install: migrate, create the first admin if none exists, say what happened.
    const app = await NestFactory.create(GatewayAppModule.forRoot(env), { bufferLogs: true });
    useGatewayLogger(app);
    const outcome = await app.get(FirstAdmin).ensure();
    await app.close();
    console.log(outcome.created ? `administrator "${outcome.username}" created: change its password at first login` : outcome.reason);
    process.exit(0);
  }
  const app = await NestFactory.create(GatewayAppModule.forRoot(env), { bufferLogs: true });
  useGatewayLogger(app);
  configureGateway(app);
  mountOpenApi(app, buildOpenApiDocument(app));
  await app.listen(env.PORT, '0.0.0.0');
  exitGracefullyOnSignals(app);
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? `${SERVICE_NAME}: ${error.message}` : error);
  process.exit(1);
});
