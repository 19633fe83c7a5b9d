export * from './test-database';
export * from './service-under-test';
export * from './service-boot.suite';
