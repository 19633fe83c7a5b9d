import { Injectable } from '@nestjs/common';
import { Counter, collectDefaultMetrics, Histogram, Registry } from 'prom-client';

/**
 * One registry per application instance (not prom-client's global one), so several apps can
 * live in one process, as they do in the end-to-end tests.
 */
@Injectable()
export class MetricsService {
  readonly registry = new Registry();

  readonly rpcRequests = new Counter({
    name: 'rpc_requests_total',
    help: 'NATS requests handled, by message pattern and outcome (ok or the error code)',
    labelNames: ['pattern', 'outcome'] as const,
    registers: [this.registry],
  });

  readonly rpcDuration = new Histogram({
    name: 'rpc_request_duration_seconds',
    help: 'Time to handle a NATS request, by message pattern',
    labelNames: ['pattern'] as const,
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [this.registry],
  });

  readonly httpRequests = new Counter({
    name: 'http_requests_total',
    help: 'HTTP requests answered, by method, route and status',
    labelNames: ['method', 'route', 'status'] as const,
    registers: [this.registry],
  });

  readonly httpDuration = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'Time to answer an HTTP request, by method and route',
    labelNames: ['method', 'route'] as const,
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [this.registry],
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry });
  }
}
