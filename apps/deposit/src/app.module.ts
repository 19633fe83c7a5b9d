import { DynamicModule, Module } from '@nestjs/common';
import { ServiceEnv, ServicePlatformModule } from '@hospital/platform';
import { DEPOSIT_CONFIG, DepositConfig, SERVICE_NAME } from './config';
import { DEPOSIT_ENTITIES, DEPOSIT_MIGRATIONS } from './database/schema';
import { PrivacyModule } from './privacy/privacy.module';
import { EquipmentModule } from './equipment/equipment.module';
import { LedgerModule } from './ledger/ledger.module';
import { HandoversModule } from './handovers/handovers.module';
import { UnclaimedModule } from './unclaimed/unclaimed.module';
import { DepositsModule } from './deposits/deposits.module';
import { SeedModule } from './seed/seed.module';

@Module({})
export class DepositAppModule {
  static forRoot(env: ServiceEnv, config: DepositConfig): DynamicModule {
    return {
      module: DepositAppModule,
      global: true,
      imports: [
        ServicePlatformModule.forRoot({ service: SERVICE_NAME, env, entities: DEPOSIT_ENTITIES, migrations: DEPOSIT_MIGRATIONS }),
        PrivacyModule,
        EquipmentModule,
        LedgerModule,
        UnclaimedModule,
        HandoversModule,
        DepositsModule,
        SeedModule,
      ],
      providers: [{ provide: DEPOSIT_CONFIG, useValue: config }],
      exports: [DEPOSIT_CONFIG],
    };
  }
}
