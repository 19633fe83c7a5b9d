import { describeServiceBoot } from '@hospital/service-testing';
import { feedbackService } from './service';

describeServiceBoot(feedbackService);
