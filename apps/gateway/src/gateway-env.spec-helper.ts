import { DynamicModule, Module } from '@nestjs/common';
import { DatabaseModule, ENV } from '@hospital/platform';
import { natsUrl, TestDatabase, uniqueSubjectPrefix } from '@hospital/testing';
import { GATEWAY_CONFIG, gatewayConfig, GatewayEnv, loadGatewayEnv } from './config';
import { IDENTITY_ENTITIES, IDENTITY_MIGRATIONS, IDENTITY_SCHEMA } from './database/schema';

@Module({})
class GatewayTestEnvModule {}

/**
 * What a gateway spec on a database of its own needs around the modules it tests: the validated
 * environment (ENV, GATEWAY_CONFIG, globally, as app.module provides them) and the identity
 * schema's DataSource, migrated like the gateway's.
 */
export function gatewayTestModules(db: TestDatabase, label: string, env: Record<string, string> = {}): { env: GatewayEnv; imports: DynamicModule[] } {
  const loaded = loadGatewayEnv({
    NODE_ENV: 'test',
    DATABASE_URL: db.url,
    NATS_URL: natsUrl(),
    NATS_SUBJECT_PREFIX: uniqueSubjectPrefix(label),
    JWT_SECRET: 'gateway-test-secret-that-is-long-enough-0123',
    JWT_TTL_SECONDS: '600',
    ...env,
  });
  const providers = [
    { provide: ENV, useValue: loaded },
    { provide: GATEWAY_CONFIG, useValue: gatewayConfig(loaded) },
  ];
  return {
    env: loaded,
    imports: [
      { module: GatewayTestEnvModule, global: true, providers, exports: [ENV, GATEWAY_CONFIG] },
      DatabaseModule.forService({ url: db.url, schema: IDENTITY_SCHEMA, entities: IDENTITY_ENTITIES, migrations: IDENTITY_MIGRATIONS }),
    ],
  };
}
