export * from './webhook-event-types';
export * from './webhook.patterns';
export * from './webhook-endpoint.dto';
export * from './webhook-delivery.dto';
