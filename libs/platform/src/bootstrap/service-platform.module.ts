import { DynamicModule, Module } from '@nestjs/common';
import { ENV, ServiceEnv } from '../config/env';
import { DatabaseModule } from '../database/database.module';
import { ServiceDatabaseOptions } from '../database/service-data-source';
import { NatsConnectionHolder } from '../health/nats-probe';
import { messagingTablesMigration } from '../messaging/messaging.migration';
import { MessagingModule } from '../messaging/messaging.module';
import { ObservabilityModule } from '../observability/observability.module';

export interface ServicePlatformOptions {
  service: string;
  env: ServiceEnv;
  entities: ServiceDatabaseOptions['entities'];
  migrations: ServiceDatabaseOptions['migrations'];
}

/** Everything a service needs besides its own features: config, database, events, logs, metrics, health. */
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
          // The outbox, inbox, dead-letter and idempotency tables come with the platform.
          migrations: [...(options.migrations as unknown[]), messagingTablesMigration(options.service)] as ServiceDatabaseOptions['migrations'],
          poolSize: options.env.DATABASE_POOL_SIZE,
          applicationName: options.service,
        }),
        MessagingModule.forService({ service: options.service, schema: options.service, env: options.env }),
      ],
      providers: [
        { provide: ENV, useValue: options.env },
        { provide: NatsConnectionHolder, useValue: holder },
      ],
      exports: [ENV, NatsConnectionHolder, DatabaseModule],
    };
  }
}
