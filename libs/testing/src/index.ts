export * from './test-database';
export * from './service-under-test';
