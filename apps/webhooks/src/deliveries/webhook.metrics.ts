import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { MetricsService } from '@hospital/platform';
import { Counter, Gauge, Histogram } from 'prom-client';
import { DataSource } from 'typeorm';

/** How attempts end: `succeeded` (2xx), `retry` (failed, another is scheduled), `dead` (the last one failed), `gone` (410: endpoint disabled). */
export type AttemptOutcome = 'succeeded' | 'retry' | 'dead' | 'gone';

/** What an operator watches: are deliveries getting through, how slow are receivers, how much is waiting. */
@Injectable()
export class WebhookMetrics {
  readonly attempts: Counter<'outcome'>;
  readonly duration: Histogram<'outcome'>;

  constructor(metrics: MetricsService, @InjectDataSource() db: DataSource) {
    const registers = [metrics.registry];
    this.attempts = new Counter({
      name: 'webhook_deliveries_total',
      help: 'Delivery attempts, by outcome: succeeded, retry, dead (the last attempt failed: a dead letter), gone (410: the endpoint was disabled)',
      labelNames: ['outcome'],
      registers,
    });
    this.duration = new Histogram({
      name: 'webhook_attempt_duration_seconds',
      help: 'Time from sending a delivery to the receiver’s answer (or the timeout), by outcome',
      labelNames: ['outcome'],
      buckets: [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
      registers,
    });
    // Counted at scrape time, so every replica reports the table's figure.
    new Gauge({
      name: 'webhook_deliveries_pending',
      help: 'Deliveries not yet through: PENDING or FAILED with a retry scheduled',
      registers,
      async collect() {
        const [row] = (await db.query(`SELECT count(*)::int AS n FROM "webhooks"."deliveries" WHERE "status" IN ('PENDING', 'FAILED')`)) as [{ n: number }];
        this.set(row.n);
      },
    });
    new Gauge({
      name: 'webhook_deliveries_dead',
      help: 'Dead letters: deliveries that will not be attempted again unless redelivered',
      registers,
      async collect() {
        const [row] = (await db.query(`SELECT count(*)::int AS n FROM "webhooks"."deliveries" WHERE "status" = 'DEAD'`)) as [{ n: number }];
        this.set(row.n);
      },
    });
  }
}
