import { runService } from '@hospital/platform';
import { webhooksService } from './service';

runService(webhooksService);
