import { describeServiceBoot } from '@hospital/service-testing';
import { depositTestOptions } from './service.spec-helper';
import { depositService } from './service';

describeServiceBoot(depositService, depositTestOptions());
