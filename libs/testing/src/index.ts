export * from './test-database';
export * from './nats-server';
export * from './wait';
export * from './sse-reader';
export * from './timing';
export * from './actors';
export * from './test-stream';
export * from './clock';
