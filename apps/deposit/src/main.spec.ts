import { describeServiceBoot } from '@hospital/testing';
import { DepositAppModule } from './app.module';
import { SERVICE_NAME, testDepositConfig } from './config';

describeServiceBoot(SERVICE_NAME, (env) => DepositAppModule.forRoot(env, testDepositConfig()));
