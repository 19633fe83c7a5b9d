import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Observable, finalize } from 'rxjs';
import { MetricsService } from './metrics.service';

/** Counts and times HTTP requests by route template (not raw URL, which would explode cardinality). */
@Injectable()
export class HttpMetricsInterceptor implements NestInterceptor {
  constructor(private readonly metrics: MetricsService) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const http = context.switchToHttp();
    const req = http.getRequest<Request>();
    const res = http.getResponse<Response>();
    const route = (req.route as { path?: string } | undefined)?.path ?? 'unmatched';
    const stopTimer = this.metrics.httpDuration.startTimer({ method: req.method, route });
    res.once('finish', () => this.metrics.httpRequests.inc({ method: req.method, route, status: String(res.statusCode) }));
    return next.handle().pipe(finalize(() => stopTimer()));
  }
}
