import { runService } from '@hospital/platform';
import { feedbackService } from './service';

runService(feedbackService);
