import { DynamicModule, INestApplication, Type } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { Test } from '@nestjs/testing';
import { ErrorCode, Role } from '@hospital/contracts';
import { DomainError, MetricsService, RpcClient } from '@hospital/platform';
import { actors } from '@hospital/testing';
import request from 'supertest';
import { ApiKeysService, AuthGuard, GatewayActor } from '../identity';
import { BearerAuthenticator } from '../identity/access/bearer-authenticator';
import { configureGateway } from './configure-gateway';

/** The caller a bearer token names in these specs: `<role>`, or `<role>:<user id>` to act as a named user. */
function actorFor(token: string): GatewayActor {
  const [role, id] = token.split(':') as [Role, string | undefined];
  if (!Object.values(Role).includes(role)) throw new DomainError(ErrorCode.Unauthenticated, 'bad token');
  return { ...actors.user(role, { staffId: null, ...(id ? { id } : {}) }), name: id ?? role };
}

/** The Authorization header of a caller with `role` (and, to act as a named user, their id). */
export const bearerFor = (role: Role, userId?: string) => ({ Authorization: `Bearer ${role}${userId ? `:${userId}` : ''}` });

/**
 * Controllers as the gateway serves them (validation, the global AuthGuard, problem+json) with the
 * service behind NATS replaced by `rpc`, a recorder: for specs about who may call what and what
 * reaches the wire. Integration with real services is the e2e suites' job.
 */
export async function startRoutesHarness(
  controllers: Type<unknown>[],
  rpc: { send: jest.Mock },
  /** More of the gateway around the controllers, e.g. a database and the audit module. */
  imports: (DynamicModule | Type<unknown>)[] = [],
): Promise<{ app: INestApplication; http: ReturnType<typeof request> }> {
  const bearer = { authenticate: async (token: string) => actorFor(token) };
  const moduleRef = await Test.createTestingModule({
    imports,
    controllers,
    providers: [
      MetricsService,
      { provide: RpcClient, useValue: rpc },
      { provide: BearerAuthenticator, useValue: bearer },
      { provide: ApiKeysService, useValue: { authenticate: async () => null } },
      { provide: APP_GUARD, useClass: AuthGuard },
    ],
  }).compile();
  const app = moduleRef.createNestApplication({ logger: ['error'] });
  configureGateway(app);
  await app.init();
  return { app, http: request(app.getHttpServer()) };
}
