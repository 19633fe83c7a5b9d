import { describeServiceBoot } from '@hospital/testing';
import { FeedbackAppModule } from './app.module';
import { SERVICE_NAME } from './config';

describeServiceBoot(SERVICE_NAME, (env) => FeedbackAppModule.forRoot(env));
