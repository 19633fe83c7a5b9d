import { DynamicModule, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { DatabaseModule, ENV, ObservabilityModule, RpcClient, RpcClientModule } from '@hospital/platform';
import { AuditModule } from './audit/audit.module';
import { GATEWAY_CONFIG, GatewayConfig, gatewayConfig, GatewayEnv, SERVICE_NAME } from './config';
import { IDENTITY_ENTITIES, IDENTITY_MIGRATIONS, IDENTITY_SCHEMA } from './database/schema';
import { DepositHttpModule } from './deposit/deposit.module';
import { FeedbackHttpModule } from './feedback/feedback.module';
import { DispatchHttpModule } from './dispatch/dispatch.module';
import { AddressRateLimitGuard, CallerRateLimitGuard } from './http/rate-limits';
import { AuthGuard, IdentityModule } from './identity';
import { MetaHttpModule } from './meta/meta.module';
import { SeedModule } from './seed/seed.module';
import { WebhooksHttpModule } from './webhooks/webhooks.module';

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
        AuditModule,
        IdentityModule,
        DispatchHttpModule,
        DepositHttpModule,
        FeedbackHttpModule,
        WebhooksHttpModule,
        MetaHttpModule,
        SeedModule,
      ],
      providers: [
        { provide: ENV, useValue: env },
        { provide: GATEWAY_CONFIG, useValue: config },
        // The global guards, in this order (http/rate-limits.ts): limits per client address (login,
        // public routes, no or rejected credentials) before any credential is checked; then AuthGuard;
        // then the limit per verified user or API key, so callers sharing an address count apart.
        { provide: APP_GUARD, useClass: AddressRateLimitGuard },
        { provide: APP_GUARD, useExisting: AuthGuard },
        { provide: APP_GUARD, useClass: CallerRateLimitGuard },
      ],
      exports: [ENV, GATEWAY_CONFIG],
    };
  }
}
