import { describeServiceBoot } from '@hospital/service-testing';
import { dispatchService } from './service';

describeServiceBoot(dispatchService);
