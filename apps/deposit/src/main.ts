import { runService } from '@hospital/platform';
import { DepositAppModule } from './app.module';
import { loadDepositConfig, SERVICE_NAME } from './config';

runService(SERVICE_NAME, (env) => DepositAppModule.forRoot(env, loadDepositConfig()));
