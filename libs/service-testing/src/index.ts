export * from './service-under-test';
export * from './service-boot.suite';
export * from './domain-error';
export * from './config-error';
