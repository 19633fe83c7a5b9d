import { DynamicModule, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { ThrottlerModule } from '@nestjs/throttler';
import { DatabaseModule, ENV, isPublicRoute, ObservabilityModule, RpcClient, RpcClientModule } from '@hospital/platform';
import { GatewayEnv } from './config';
import { DepositHttpModule } from './deposit/deposit.module';
import { FeedbackHttpModule } from './feedback/feedback.module';
import { DispatchHttpModule } from './dispatch/dispatch.module';
import { GatewayThrottlerGuard } from './http/gateway-throttler.guard';
import { IDENTITY_ENTITIES, IDENTITY_MIGRATIONS, IdentityModule } from './identity';

export const SERVICE_NAME = 'gateway';

@Module({})
export class GatewayAppModule {
  static forRoot(env: GatewayEnv): DynamicModule {
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
          schema: 'identity',
          entities: IDENTITY_ENTITIES,
          migrations: IDENTITY_MIGRATIONS,
          poolSize: env.DATABASE_POOL_SIZE,
          applicationName: SERVICE_NAME,
        }),
        RpcClientModule.forRoot({
          servers: env.NATS_URL,
          subjectPrefix: env.NATS_SUBJECT_PREFIX,
          timeoutMs: env.RPC_TIMEOUT_MS,
          name: SERVICE_NAME,
        }),
        ThrottlerModule.forRoot({
          throttlers: [
            { name: 'default', ttl: 60_000, limit: env.RATE_LIMIT_PER_MINUTE },
            // Login and the no-account endpoints are where guessing and flooding come from: a tighter limit per IP.
            { name: 'public', ttl: 60_000, limit: env.RATE_LIMIT_PUBLIC_PER_MINUTE, skipIf: (ctx) => !isPublicRoute(ctx) },
          ],
        }),
        IdentityModule,
        DispatchHttpModule,
        DepositHttpModule,
        FeedbackHttpModule,
      ],
      // Rate limiting runs before authentication, so floods of bad credentials are throttled too.
      providers: [{ provide: ENV, useValue: env }, { provide: APP_GUARD, useClass: GatewayThrottlerGuard }],
      exports: [ENV],
    };
  }
}
