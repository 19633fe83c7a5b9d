import { applyDecorators, ExecutionContext, SetMetadata } from '@nestjs/common';

/** Marks a route as open to anyone (health, metrics); the gateway's auth guard lets it through. */
export const PUBLIC_ROUTE = 'platform:public-route';
export const PublicRoute = () => SetMetadata(PUBLIC_ROUTE, true);

export function isPublicRoute(context: ExecutionContext): boolean {
  return Boolean(Reflect.getMetadata(PUBLIC_ROUTE, context.getHandler()) ?? Reflect.getMetadata(PUBLIC_ROUTE, context.getClass()));
}

/** Health probes and metrics: public, and exempt from rate limits (kubelet and Prometheus poll them). */
export const OPERATIONAL_ROUTE = 'platform:operational-route';
export const OperationalRoute = () => applyDecorators(PublicRoute(), SetMetadata(OPERATIONAL_ROUTE, true));

export function isOperationalRoute(context: ExecutionContext): boolean {
  return Boolean(Reflect.getMetadata(OPERATIONAL_ROUTE, context.getClass()));
}
