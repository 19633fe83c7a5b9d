import { loadEnv, serviceEnvSchema, ServiceEnv } from '@hospital/platform';

export const SERVICE_NAME = 'deposit';

export const loadDepositEnv = (source: NodeJS.ProcessEnv = process.env): ServiceEnv => loadEnv(serviceEnvSchema, source);
