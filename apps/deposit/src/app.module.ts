import { DynamicModule, Module } from '@nestjs/common';
import { ServiceEnv, ServicePlatformModule } from '@hospital/platform';
import { DEPOSIT_CONFIG, DepositConfig, SERVICE_NAME } from './config';
import { DEPOSIT_ENTITIES, DEPOSIT_MIGRATIONS } from './database/schema';
import { PrivacyModule } from './privacy/privacy.module';

@Module({})
export class DepositAppModule {
  /** `config` comes from loadDepositConfig() in main.ts, from testDepositConfig() in specs. */
  static forRoot(env: ServiceEnv, config: DepositConfig): DynamicModule {
    return {
      module: DepositAppModule,
      global: true,
      imports: [
        ServicePlatformModule.forRoot({ service: SERVICE_NAME, env, entities: DEPOSIT_ENTITIES, migrations: DEPOSIT_MIGRATIONS }),
        PrivacyModule,
      ],
      providers: [{ provide: DEPOSIT_CONFIG, useValue: config }],
      exports: [DEPOSIT_CONFIG],
    };
  }
}
