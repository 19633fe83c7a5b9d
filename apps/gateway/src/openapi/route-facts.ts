import { INestApplication, Type } from '@nestjs/common';
import { INTERCEPTORS_METADATA, METHOD_METADATA } from '@nestjs/common/constants';
import { ModulesContainer } from '@nestjs/core';
import { PUBLIC_ROUTE, RpcClient } from '@hospital/platform';
import { IdempotencyKeyInterceptor } from '../http/idempotency';
import { ACCESS_RULE, type AccessRule, BEFORE_PASSWORD_CHANGE } from '../identity/access/access.decorators';
import { UNLIMITED } from '../http/rate-limits';

/**
 * What the gateway's own metadata says about one route, read from the decorators the guards and
 * interceptors act on (never from the OpenAPI decorators), so the document cannot claim what the
 * code does not do, nor miss what it does.
 */
export interface RouteFacts {
  /** `@Public()` / `@ApiPublic()`: AuthGuard lets it through without a credential. */
  isPublic: boolean;
  /** The access rule AuthGuard checks (the handler's wins over its controller's); null when public. */
  access: AccessRule | null;
  /** `@AllowedBeforePasswordChange()`: open to a person on a temporary password. */
  allowedBeforePasswordChange: boolean;
  /** `@Idempotent()`: IdempotencyKeyInterceptor reads an Idempotency-Key for it. */
  idempotent: boolean;
  /** The controller injects RpcClient: the route forwards to a service over NATS. */
  forwardsOverNats: boolean;
  /** Counted by the rate limits (every API route but `@Unlimited()` ones). */
  rateLimited: boolean;
}

/** The operation id the document gives a route (the operationIdFactory of buildOpenApiDocument). */
export const operationIdOf = (controller: string, method: string): string => `${controller.replace(/Controller$/, '')}_${method}`;

/** The facts of every route of the app's controllers, by operation id. */
export function routeFactsOf(app: INestApplication): Map<string, RouteFacts> {
  const facts = new Map<string, RouteFacts>();
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as Type<unknown> | null;
      if (!controller) continue;
      for (const [method, handler] of handlersOf(controller)) {
        facts.set(operationIdOf(controller.name, method), factsOf(controller, handler));
      }
    }
  }
  return facts;
}

function handlersOf(controller: Type<unknown>): [string, object][] {
  const prototype = controller.prototype as Record<string, unknown>;
  return Object.getOwnPropertyNames(prototype)
    .filter((name) => name !== 'constructor' && typeof prototype[name] === 'function')
    .map((name) => [name, prototype[name] as object] as [string, object])
    .filter(([, handler]) => Reflect.getMetadata(METHOD_METADATA, handler) !== undefined);
}

function factsOf(controller: Type<unknown>, handler: object): RouteFacts {
  const isPublic = isPublicRoute(controller, handler);
  const interceptors = (Reflect.getMetadata(INTERCEPTORS_METADATA, handler) ?? []) as unknown[];
  const injected = (Reflect.getMetadata('design:paramtypes', controller) ?? []) as unknown[];
  return {
    isPublic,
    access: isPublic ? null : ((Reflect.getMetadata(ACCESS_RULE, handler) ?? Reflect.getMetadata(ACCESS_RULE, controller) ?? null) as AccessRule | null),
    allowedBeforePasswordChange: Reflect.getMetadata(BEFORE_PASSWORD_CHANGE, handler) === true,
    idempotent: interceptors.includes(IdempotencyKeyInterceptor),
    rateLimited: Reflect.getMetadata(UNLIMITED, handler) !== true,
    forwardsOverNats: injected.includes(RpcClient),
  };
}

/** As AuthGuard and the rate limits decide it: the handler's declaration wins over its controller's. */
function isPublicRoute(controller: Type<unknown>, handler: object): boolean {
  for (const target of [handler, controller]) {
    if (Reflect.getMetadata(PUBLIC_ROUTE, target) === true) return true;
    if (Reflect.getMetadata(ACCESS_RULE, target) !== undefined) return false;
  }
  return false;
}
