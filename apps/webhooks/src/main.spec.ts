import { describeServiceBoot } from '@hospital/service-testing';
import { webhooksService } from './service';

describeServiceBoot(webhooksService, { env: { WEBHOOKS_SECRET_KEY: 'boot-suite-key-0123456789abcdef-0123456789' } });
