import { INestApplication, Type } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { Test } from '@nestjs/testing';
import { ErrorCode, Role } from '@hospital/contracts';
import { DomainError, MetricsService, RpcClient } from '@hospital/platform';
import { actors } from '@hospital/testing';
import request from 'supertest';
import { ApiKeysService, AuthGuard, GatewayActor } from '../identity';
import { BearerAuthenticator } from '../identity/access/bearer-authenticator';
import { configureGateway } from './configure-gateway';

/** One bearer token per role in these specs: the token is the role's name. */
const actorFor = (role: Role): GatewayActor => ({ ...actors.user(role, { staffId: null }), name: role });

/** The Authorization header of a caller with `role`. */
export const bearerFor = (role: Role) => ({ Authorization: `Bearer ${role}` });

/**
 * Controllers as the gateway serves them (validation, the global AuthGuard, problem+json) with the
 * service behind NATS replaced by `rpc`, a recorder: for specs about who may call what and what
 * reaches the wire. Integration with real services is the e2e suites' job.
 */
export async function startRoutesHarness(controllers: Type<unknown>[], rpc: { send: jest.Mock }): Promise<{ app: INestApplication; http: ReturnType<typeof request> }> {
  const bearer = {
    authenticate: async (token: string) => {
      if (!Object.values(Role).includes(token as Role)) throw new DomainError(ErrorCode.Unauthenticated, 'bad token');
      return actorFor(token as Role);
    },
  };
  const moduleRef = await Test.createTestingModule({
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
