/** NATS patterns of the webhooks service (queue group `webhooks`). */
export const WebhookPatterns = {
  createEndpoint: 'webhooks.endpoint.create',
  listEndpoints: 'webhooks.endpoint.list',
  getEndpoint: 'webhooks.endpoint.get',
  updateEndpoint: 'webhooks.endpoint.update',
  deleteEndpoint: 'webhooks.endpoint.delete',
  rotateSecret: 'webhooks.endpoint.rotate-secret',
  listDeliveries: 'webhooks.delivery.list',
  getDelivery: 'webhooks.delivery.get',
  redeliver: 'webhooks.delivery.redeliver',
} as const;
