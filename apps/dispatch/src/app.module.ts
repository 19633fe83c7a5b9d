import { DynamicModule, Module } from '@nestjs/common';
import { ServiceEnv, ServicePlatformModule } from '@hospital/platform';
import { SERVICE_NAME } from './config';
import { DISPATCH_ENTITIES, DISPATCH_MIGRATIONS } from './database/schema';
import { IncidentsModule } from './incidents/incidents.module';
import { DemoSeedService } from './seed/demo-seed.service';
import { StaffModule } from './staff/staff.module';
import { StatsModule } from './stats/stats.module';
import { TasksModule } from './tasks/tasks.module';

@Module({})
export class DispatchAppModule {
  static forRoot(env: ServiceEnv): DynamicModule {
    return {
      module: DispatchAppModule,
      imports: [
        ServicePlatformModule.forRoot({ service: SERVICE_NAME, env, entities: DISPATCH_ENTITIES, migrations: DISPATCH_MIGRATIONS }),
        StaffModule,
        TasksModule,
        IncidentsModule,
        StatsModule,
      ],
      providers: [DemoSeedService],
    };
  }
}
