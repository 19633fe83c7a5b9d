import { runService } from '@hospital/platform';
import { depositService } from './service';

runService(depositService);
