import { DynamicModule, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { ThrottlerModule } from '@nestjs/throttler';
import { DatabaseModule, ENV, isPublicRoute, ObservabilityModule, RpcClient, RpcClientModule } from '@hospital/platform';
import { GATEWAY_CONFIG, GatewayConfig, gatewayConfig, GatewayEnv, SERVICE_NAME } from './config';
import { IDENTITY_ENTITIES, IDENTITY_MIGRATIONS, IDENTITY_SCHEMA } from './database/schema';
import { DepositHttpModule } from './deposit/deposit.module';
import { FeedbackHttpModule } from './feedback/feedback.module';
import { DispatchHttpModule } from './dispatch/dispatch.module';
import { GatewayThrottlerGuard } from './http/gateway-throttler.guard';
import { IdentityModule } from './identity';
import { SeedModule } from './seed/seed.module';

@Module({})
export class GatewayAppModule {
  static forRoot(env: GatewayEnv, config: GatewayConfig = gatewayConfig(env)): DynamicModule {
    return {
      module: GatewayAppModule,
      global: true,
      imports: [
        ObservabilityModule.forRoot({
          service: SERVICE_NAME,
          logLevel: env.LOG_LEVEL,
          natsProbe: { useFactory: (rpc: RpcClient) => () => rpc.connection(), inject: [RpcClient] },
        }),
        DatabaseModule.forService({
          url: env.DATABASE_URL,
          schema: IDENTITY_SCHEMA,
          entities: IDENTITY_ENTITIES,
          migrations: IDENTITY_MIGRATIONS,
          poolSize: env.DATABASE_POOL_SIZE,
          applicationName: SERVICE_NAME,
        }),
        RpcClientModule.forRoot({
          servers: env.NATS_URL,
          subjectPrefix: env.NATS_SUBJECT_PREFIX,
          timeoutMs: config.rpcTimeoutMs,
          name: SERVICE_NAME,
        }),
        ThrottlerModule.forRoot({
          throttlers: [
            { name: 'default', ttl: 60_000, limit: config.rateLimits.perMinute },
            // Login and the no-account endpoints are where guessing and flooding come from: a tighter limit per IP.
            { name: 'public', ttl: 60_000, limit: config.rateLimits.publicPerMinute, skipIf: (ctx) => !isPublicRoute(ctx) },
          ],
        }),
        IdentityModule,
        DispatchHttpModule,
        DepositHttpModule,
        FeedbackHttpModule,
        SeedModule,
      ],
      // Rate limiting runs before authentication, so floods of bad credentials are throttled too.
      providers: [
        { provide: ENV, useValue: env },
        { provide: GATEWAY_CONFIG, useValue: config },
        { provide: APP_GUARD, useClass: GatewayThrottlerGuard },
      ],
      exports: [ENV, GATEWAY_CONFIG],
    };
  }
}
