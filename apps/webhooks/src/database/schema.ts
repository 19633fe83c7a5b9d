import { TaskCreatorEntity } from '../deliveries/task-creator.entity';
import { WebhookDeliveryAttemptEntity } from '../deliveries/webhook-delivery-attempt.entity';
import { WebhookDeliveryEntity } from '../deliveries/webhook-delivery.entity';
import { WebhookEndpointEntity } from '../endpoints/webhook-endpoint.entity';
import { CreateWebhooks1764500000000 } from './migrations/1764500000000-CreateWebhooks';
import { CreateDeliveryAttempts1764500000100 } from './migrations/1764500000100-CreateDeliveryAttempts';

export const WEBHOOKS_ENTITIES = [WebhookEndpointEntity, WebhookDeliveryEntity, WebhookDeliveryAttemptEntity, TaskCreatorEntity];
export const WEBHOOKS_MIGRATIONS = [CreateWebhooks1764500000000, CreateDeliveryAttempts1764500000100];
