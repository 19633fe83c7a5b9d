import { loadEnv, serviceEnvSchema, ServiceEnv } from '@hospital/platform';

export const SERVICE_NAME = 'feedback';

export const loadFeedbackEnv = (source: NodeJS.ProcessEnv = process.env): ServiceEnv => loadEnv(serviceEnvSchema, source);
