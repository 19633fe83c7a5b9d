import { DynamicModule, Module } from '@nestjs/common';
import { ServiceEnv, ServicePlatformModule } from '@hospital/platform';
import { BoardModule } from './board/board.module';
import { DISPATCH_CONFIG, DispatchConfig, SERVICE_NAME } from './config';
import { DISPATCH_ENTITIES, DISPATCH_MIGRATIONS } from './database/schema';
import { DutyModule } from './duty/duty.module';
import { IncidentsModule } from './incidents/incidents.module';
import { SchedulesModule } from './schedules/schedules.module';
import { SeedModule } from './seed/seed.module';
import { StaffModule } from './staff/staff.module';
import { StatsModule } from './stats/stats.module';
import { TasksModule } from './tasks/tasks.module';

@Module({})
export class DispatchAppModule {
  static forRoot(env: ServiceEnv, config: DispatchConfig): DynamicModule {
    return {
      module: DispatchAppModule,
      global: true,
      imports: [
        ServicePlatformModule.forRoot({ service: SERVICE_NAME, env, entities: DISPATCH_ENTITIES, migrations: DISPATCH_MIGRATIONS }),
        StaffModule,
        DutyModule,
        TasksModule,
        SchedulesModule,
        IncidentsModule,
        StatsModule,
        BoardModule,
        SeedModule,
      ],
      providers: [{ provide: DISPATCH_CONFIG, useValue: config }],
      exports: [DISPATCH_CONFIG],
    };
  }
}
