import { DynamicModule, Module } from '@nestjs/common';
import { ENV, ServiceEnv } from '../config/env';
import { DatabaseModule } from '../database/database.module';
import { ServiceDatabaseOptions } from '../database/service-data-source';
import { NatsConnectionHolder } from '../health/nats-probe';
import { ObservabilityModule } from '../observability/observability.module';

export interface ServicePlatformOptions {
  service: string;
  env: ServiceEnv;
  entities: ServiceDatabaseOptions['entities'];
  migrations: ServiceDatabaseOptions['migrations'];
}

/** Everything a service needs besides its own features: config, database, logs, metrics, health. */
@Module({})
export class ServicePlatformModule {
  static forRoot(options: ServicePlatformOptions): DynamicModule {
    const holder = new NatsConnectionHolder();
    return {
      module: ServicePlatformModule,
      global: true,
      imports: [
        ObservabilityModule.forRoot({
          service: options.service,
          logLevel: options.env.LOG_LEVEL,
          natsProbe: { useFactory: () => () => holder.probe() },
        }),
        DatabaseModule.forService({
          url: options.env.DATABASE_URL,
          schema: options.service,
          entities: options.entities,
          migrations: options.migrations,
          poolSize: options.env.DATABASE_POOL_SIZE,
          applicationName: options.service,
        }),
      ],
      providers: [
        { provide: ENV, useValue: options.env },
        { provide: NatsConnectionHolder, useValue: holder },
      ],
      exports: [ENV, NatsConnectionHolder, DatabaseModule],
    };
  }
}
