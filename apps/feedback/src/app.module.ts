import { DynamicModule, Module } from '@nestjs/common';
import { ServiceEnv, ServicePlatformModule } from '@hospital/platform';
import { SERVICE_NAME } from './config';
import { FEEDBACK_ENTITIES, FEEDBACK_MIGRATIONS } from './database/schema';
import { StaffDirectoryModule } from './staff-directory/staff-directory.module';

@Module({})
export class FeedbackAppModule {
  static forRoot(env: ServiceEnv): DynamicModule {
    return {
      module: FeedbackAppModule,
      imports: [
        ServicePlatformModule.forRoot({ service: SERVICE_NAME, env, entities: FEEDBACK_ENTITIES, migrations: FEEDBACK_MIGRATIONS }),
        StaffDirectoryModule,
      ],
    };
  }
}
