import { ServiceEnv } from '../config/env';

export const MESSAGING_OPTIONS = Symbol('MESSAGING_OPTIONS');

export interface MessagingOptions {
  service: string;
  schema: string;
  env: ServiceEnv;
}
