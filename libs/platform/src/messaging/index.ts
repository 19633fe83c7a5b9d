export * from './messaging.module';
export * from './messaging.migration';
export * from './messaging.options';
export * from './unit-of-work';
export * from './on-event.decorator';
export * from './stream';
export * from './canonical-json';
export { MessagingConnection } from './messaging-connection';
export * from './idempotency';
