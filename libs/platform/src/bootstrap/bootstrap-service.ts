import { DynamicModule, INestApplication, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { ConfigError, ServiceEnv } from '../config/env';
import { WireExceptionFilter } from '../errors/rpc-exception.filter';
import { exitGracefullyOnSignals } from './graceful-shutdown';
import { loadService, ServiceDefinition } from './service-definition';
import { NatsConnectionHolder } from '../health/nats-probe';
import { PlatformNatsServer } from '../nats/nats-server.strategy';
import { MetricsService } from '../observability/metrics.service';
import { RpcObservabilityInterceptor } from '../observability/rpc-observability.interceptor';
import { createValidationPipe } from '../validation/validation-pipe';

export interface StartedService {
  app: INestApplication;
  server: PlatformNatsServer;
}

/**
 * Starts a service as a hybrid app: NATS handlers in the service's queue group, plus a small
 * HTTP server for health and metrics. Order matters: init (migrations) before taking requests,
 * then NATS, then the health port, so "ready" means ready.
 */
export async function startService(
  module: Type<unknown> | DynamicModule,
  options: { service: string; env: ServiceEnv; listen?: boolean; handleSignals?: boolean },
): Promise<StartedService> {
  const app = await NestFactory.create(module, { bufferLogs: true });
  app.useLogger(app.get(Logger));
  app.flushLogs();

  const server = new PlatformNatsServer({
    servers: options.env.NATS_URL,
    queue: options.service,
    subjectPrefix: options.env.NATS_SUBJECT_PREFIX,
  });
  // Globals first, then connect with inheritAppConfig: Nest binds the NATS handlers at connect time.
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new WireExceptionFilter());
  app.useGlobalInterceptors(new RpcObservabilityInterceptor(app.get(MetricsService)));
  app.connectMicroservice({ strategy: server }, { inheritAppConfig: true });
  app.get(NatsConnectionHolder).probe = () => server.connection();

  await app.init();
  await app.startAllMicroservices();
  if (options.listen !== false) await app.listen(options.env.HEALTH_PORT, '0.0.0.0');
  if (options.handleSignals) exitGracefullyOnSignals(app);
  return { app, server };
}

/**
 * Build the module and stop: the database module migrates while it is built (under the
 * advisory lock), and nothing connects to NATS, listens or runs timers before init.
 */
export async function migrateOnly(module: Type<unknown> | DynamicModule): Promise<void> {
  const app = await NestFactory.create(module, { bufferLogs: true });
  app.useLogger(app.get(Logger));
  app.flushLogs();
  await app.close();
}

/**
 * A service's whole main.ts: validate its environment (one readable message naming every bad
 * variable, and exit 1), then either migrate and exit (MIGRATE_ONLY) or start, and stop
 * gracefully on SIGTERM/SIGINT.
 */
export function runService<E extends ServiceEnv, C>(definition: ServiceDefinition<E, C>): void {
  const start = async () => {
    const { env, module } = loadService(definition, process.env);
    if (!env.MIGRATE_ONLY) return void (await startService(module, { service: definition.name, env, handleSignals: true }));
    await migrateOnly(module);
    process.exit(0);
  };
  start().catch((error: unknown) => {
    console.error(error instanceof ConfigError ? `${definition.name}: ${error.message}` : error);
    process.exit(1);
  });
}
