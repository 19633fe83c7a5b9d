import { TaskCreatorEntity } from '../deliveries/task-creator.entity';
import { WebhookDeliveryEntity } from '../deliveries/webhook-delivery.entity';
import { WebhookEndpointEntity } from '../endpoints/webhook-endpoint.entity';
import { CreateWebhooks1764500000000 } from './migrations/1764500000000-CreateWebhooks';

export const WEBHOOKS_ENTITIES = [WebhookEndpointEntity, WebhookDeliveryEntity, TaskCreatorEntity];
export const WEBHOOKS_MIGRATIONS = [CreateWebhooks1764500000000];
