import { DynamicModule, Module } from '@nestjs/common';
import { ServiceEnv, ServicePlatformModule } from '@hospital/platform';
import { SERVICE_NAME, WEBHOOKS_CONFIG, WebhooksConfig } from './config';
import { WEBHOOKS_ENTITIES, WEBHOOKS_MIGRATIONS } from './database/schema';
import { DeliveriesModule } from './deliveries/deliveries.module';
import { EndpointsModule } from './endpoints/endpoints.module';

/** No seed module: there is no demo endpoint to register without a receiver to send to. */
@Module({})
export class WebhooksAppModule {
  static forRoot(env: ServiceEnv, config: WebhooksConfig): DynamicModule {
    return {
      module: WebhooksAppModule,
      global: true,
      imports: [
        ServicePlatformModule.forRoot({ service: SERVICE_NAME, env, entities: WEBHOOKS_ENTITIES, migrations: WEBHOOKS_MIGRATIONS }),
        EndpointsModule,
        DeliveriesModule,
      ],
      providers: [{ provide: WEBHOOKS_CONFIG, useValue: config }],
      exports: [WEBHOOKS_CONFIG],
    };
  }
}
