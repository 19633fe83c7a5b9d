import { INestApplication, RequestMethod } from '@nestjs/common';
import { createValidationPipe, HttpMetricsInterceptor, MetricsService, ProblemDetailsFilter, requestIdMiddleware } from '@hospital/platform';
import helmet from 'helmet';
import { Logger } from 'nestjs-pino';

export const API_PREFIX = 'api/v1';

/** Everything about the HTTP surface that is not a route; shared by main.ts, tests and the OpenAPI writer. */
export function configureGateway(app: INestApplication): void {
  app.use(requestIdMiddleware);
  app.use(
    helmet({
      // Swagger UI's inline scripts need this relaxed on /docs only; the API itself serves JSON.
      contentSecurityPolicy: { directives: { 'script-src': ["'self'", "'unsafe-inline'"] } },
    }),
  );
  applyRoutePrefix(app);
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new ProblemDetailsFilter());
  app.useGlobalInterceptors(new HttpMetricsInterceptor(app.get(MetricsService)));
}

/** Versioned API under /api/v1; probes and metrics stay at the root where Kubernetes and Prometheus expect them. */
export function applyRoutePrefix(app: INestApplication): void {
  app.setGlobalPrefix(API_PREFIX, {
    exclude: [
      { path: 'health/live', method: RequestMethod.GET },
      { path: 'health/ready', method: RequestMethod.GET },
      { path: 'metrics', method: RequestMethod.GET },
    ],
  });
}

export function useGatewayLogger(app: INestApplication): void {
  app.useLogger(app.get(Logger));
}
