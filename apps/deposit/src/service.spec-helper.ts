import { ServiceUnderTest, ServiceUnderTestOptions, startServiceUnderTest } from '@hospital/service-testing';
import { DepositConfig, DepositEnv } from './config';
import { depositService } from './service';

/** A throwaway key for the keyed hash: deposit will not start without one. */
export const TEST_ID_HASH_KEY = 'test-id-hash-key-0123456789abcdef-0123';

/** The suite's options with the test key added (a suite may still set its own). */
export function depositTestOptions(options: ServiceUnderTestOptions<DepositConfig> = {}): ServiceUnderTestOptions<DepositConfig> {
  return { ...options, env: { ID_HASH_KEY: TEST_ID_HASH_KEY, ...options.env } };
}

/** The deposit service booted in-process as main.ts boots it, on a database and prefix of its own. */
export function startDepositUnderTest(options: ServiceUnderTestOptions<DepositConfig> = {}): Promise<ServiceUnderTest<DepositEnv, DepositConfig>> {
  return startServiceUnderTest(depositService, depositTestOptions(options));
}
