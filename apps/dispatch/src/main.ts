import { runService } from '@hospital/platform';
import { dispatchService } from './service';

runService(dispatchService);
