import { runService } from '@hospital/platform';
import { DispatchAppModule } from './app.module';
import { SERVICE_NAME } from './config';

runService(SERVICE_NAME, (env) => DispatchAppModule.forRoot(env));
