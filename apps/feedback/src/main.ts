import { runService } from '@hospital/platform';
import { FeedbackAppModule } from './app.module';
import { SERVICE_NAME } from './config';

runService(SERVICE_NAME, (env) => FeedbackAppModule.forRoot(env));
