import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { MetricsService } from './metrics.service';

/** The `route` label of a request no route matched (unknown paths, preflights, refusals before routing). */
export const UNMATCHED_ROUTE = 'unmatched';

/** A response that ended before it was sent: the client went away (nginx's convention). */
const CLIENT_CLOSED = '499';

/**
 * The template of the route that answered, read at the end (Express sets `req.route` as it enters
 * each matching route). Nest mounts middleware such as the access log as a catch-all route
 * (`/api/v1/{*path}`): a request only such a route matched found no route of its own.
 */
function routeTemplateOf(req: Request): string {
  const path = (req.route as { path?: unknown } | undefined)?.path;
  return typeof path === 'string' && !path.includes('*') ? path : UNMATCHED_ROUTE;
}

/**
 * Counts and times every HTTP response, whoever answered it: handlers, guards (401, 403, 429),
 * pipes (400), middleware (415, CORS preflights) and the 404 of an unknown path. Labelled with the
 * route template (`/api/v1/dispatch/tasks/:id`, never the raw URL) when a route matched, else
 * `unmatched`, so unknown paths cannot blow up the label set. Mount it before everything else.
 */
export function httpMetricsMiddleware(metrics: MetricsService): RequestHandler {
  return (req: Request, res: Response, next: NextFunction): void => {
    const started = process.hrtime.bigint();
    let counted = false;
    const count = (): void => {
      if (counted) return;
      counted = true;
      const labels = { method: req.method, route: routeTemplateOf(req) };
      const status = res.writableFinished || res.headersSent ? String(res.statusCode) : CLIENT_CLOSED;
      metrics.httpRequests.inc({ ...labels, status });
      metrics.httpDuration.observe(labels, Number(process.hrtime.bigint() - started) / 1e9);
    };
    // 'finish' when the answer is sent; 'close' alone when the client left first (or a stream ended).
    res.once('finish', count);
    res.once('close', count);
    next();
  };
}
