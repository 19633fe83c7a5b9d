import { loadEnv, serviceEnvSchema, ServiceEnv } from '@hospital/platform';

export const SERVICE_NAME = 'dispatch';

export const loadDispatchEnv = (source: NodeJS.ProcessEnv = process.env): ServiceEnv => loadEnv(serviceEnvSchema, source);
