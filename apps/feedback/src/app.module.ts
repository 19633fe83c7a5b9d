import { DynamicModule, Module } from '@nestjs/common';
import { ServiceEnv, ServicePlatformModule } from '@hospital/platform';
import { FEEDBACK_CONFIG, FeedbackConfig, SERVICE_NAME } from './config';
import { FEEDBACK_ENTITIES, FEEDBACK_MIGRATIONS } from './database/schema';
import { StaffDirectoryModule } from './staff-directory/staff-directory.module';
import { SurveysModule } from './surveys/surveys.module';
import { SupervisorsModule } from './supervisors/supervisors.module';
import { ComplaintsModule } from './complaints/complaints.module';
import { PraisesModule } from './praises/praises.module';
import { FollowUpsModule } from './follow-ups/follow-ups.module';
import { EvaluationModule } from './evaluation/evaluation.module';
import { SeedModule } from './seed/seed.module';

@Module({})
export class FeedbackAppModule {
  static forRoot(env: ServiceEnv, config: FeedbackConfig): DynamicModule {
    return {
      module: FeedbackAppModule,
      global: true,
      imports: [
        ServicePlatformModule.forRoot({ service: SERVICE_NAME, env, entities: FEEDBACK_ENTITIES, migrations: FEEDBACK_MIGRATIONS }),
        StaffDirectoryModule,
        SurveysModule,
        SupervisorsModule,
        ComplaintsModule,
        PraisesModule,
        FollowUpsModule,
        EvaluationModule,
        SeedModule,
      ],
      providers: [{ provide: FEEDBACK_CONFIG, useValue: config }],
      exports: [FEEDBACK_CONFIG],
    };
  }
}
