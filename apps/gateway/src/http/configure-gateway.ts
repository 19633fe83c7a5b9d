import { INestApplication, RequestMethod } from '@nestjs/common';
import { createValidationPipe, httpMetricsMiddleware, MetricsService, ProblemDetailsFilter, requestIdMiddleware } from '@hospital/platform';
import type { Application } from 'express';
import helmet from 'helmet';
import { Logger } from 'nestjs-pino';
import { GATEWAY_CONFIG, type GatewayConfig } from '../config';
import { corsOptions } from './cors';
import { jsonOnlyMiddleware } from './json-only.middleware';
import { noStoreMiddleware } from './no-store.middleware';

export const API_PREFIX = 'api/v1';

/** The settings of the HTTP edge, from GATEWAY_CONFIG. */
export type EdgeSettings = Pick<GatewayConfig, 'trustProxyHops' | 'corsOrigins'>;

/** What an app without GATEWAY_CONFIG (a spec's test module) gets: no proxy believed, no origin allowed. */
const CLOSED_EDGE: EdgeSettings = { trustProxyHops: 0, corsOrigins: [] };

/**
 * Everything about the HTTP surface that is not a route; shared by main.ts, tests and the OpenAPI
 * writer. The order is the order a request meets them: counted first (so every answer is in the
 * metrics), then its id, CORS (preflights answered here), headers, the JSON-only check; Nest's
 * body parsers, guards, pipes and filters come after.
 */
export function configureGateway(app: INestApplication, edge: EdgeSettings = edgeSettingsOf(app)): void {
  // req.ip is the client: X-Forwarded-For is believed through exactly this many proxies (0: the TCP peer).
  (app.getHttpAdapter().getInstance() as Application).set('trust proxy', edge.trustProxyHops);
  app.use(httpMetricsMiddleware(app.get(MetricsService)));
  app.use(requestIdMiddleware);
  app.enableCors(corsOptions(edge.corsOrigins));
  app.use(
    helmet({
      // Swagger UI's inline scripts need this relaxed on /docs only; the API itself serves JSON.
      contentSecurityPolicy: { directives: { 'script-src': ["'self'", "'unsafe-inline'"] } },
    }),
  );
  app.use(`/${API_PREFIX}`, noStoreMiddleware);
  app.use(jsonOnlyMiddleware);
  applyRoutePrefix(app);
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new ProblemDetailsFilter());
}

function edgeSettingsOf(app: INestApplication): EdgeSettings {
  try {
    return app.get<GatewayConfig>(GATEWAY_CONFIG, { strict: false });
  } catch {
    return CLOSED_EDGE;
  }
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
