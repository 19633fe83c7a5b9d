import { DynamicModule, Module } from '@nestjs/common';
import { ServiceEnv, ServicePlatformModule } from '@hospital/platform';
import { SERVICE_NAME } from './config';
import { DEPOSIT_ENTITIES, DEPOSIT_MIGRATIONS } from './database/schema';

@Module({})
export class DepositAppModule {
  static forRoot(env: ServiceEnv): DynamicModule {
    return {
      module: DepositAppModule,
      imports: [ServicePlatformModule.forRoot({ service: SERVICE_NAME, env, entities: DEPOSIT_ENTITIES, migrations: DEPOSIT_MIGRATIONS })],
    };
  }
}
