import { describeServiceBoot } from '@hospital/testing';
import { DispatchAppModule } from './app.module';
import { SERVICE_NAME } from './config';

describeServiceBoot(SERVICE_NAME, (env) => DispatchAppModule.forRoot(env));
