export * from './test-database';
export * from './service-under-test';
export * from './service-boot.suite';
export * from './nats-server';
export * from './test-stream';
export * from './wait';
export * from './domain-error';
