import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Counter, Gauge } from 'prom-client';
import { DataSource } from 'typeorm';
import { MetricsService } from '../observability/metrics.service';
import { MESSAGING_OPTIONS, MessagingOptions } from './messaging.options';

/** What an operator watches: is the outbox draining, are consumers giving up on events. */
@Injectable()
export class MessagingMetrics {
  readonly publishFailures: Counter<'reason'>;
  readonly published: Counter;
  readonly handled: Counter<'consumer' | 'outcome'>;
  readonly deadLettered: Counter<'consumer'>;

  constructor(
    metrics: MetricsService,
    @InjectDataSource() db: DataSource,
    @Inject(MESSAGING_OPTIONS) options: MessagingOptions,
  ) {
    const registers = [metrics.registry];
    const schema = options.schema;
    // Counted at scrape time, so the figure is the table's, whichever replica is scraped.
    const rowCountGauge = (name: string, help: string, table: string, openColumn: string) =>
      new Gauge({
        name,
        help,
        registers,
        async collect() {
          const [row] = (await db.query(`SELECT count(*)::int AS n FROM "${schema}"."${table}" WHERE "${openColumn}" IS NULL`)) as [{ n: number }];
          this.set(row.n);
        },
      });
    rowCountGauge('outbox_backlog', 'Events committed but not yet published to JetStream', 'outbox', 'published_at');
    rowCountGauge('dead_letters_open', 'Events a consumer gave up on and nobody has replayed yet', 'dead_letters', 'replayed_at');
    this.published = new Counter({ name: 'outbox_published_total', help: 'Events published from the outbox', registers });
    this.publishFailures = new Counter({
      name: 'outbox_publish_failures_total',
      help: 'Failed attempts to publish an outbox batch (NATS down, timeouts)',
      labelNames: ['reason'],
      registers,
    });
    this.handled = new Counter({
      name: 'events_handled_total',
      help: 'Events delivered to a consumer, by outcome: applied, duplicate (already applied), retry, dead_letter',
      labelNames: ['consumer', 'outcome'],
      registers,
    });
    this.deadLettered = new Counter({
      name: 'events_dead_lettered_total',
      help: 'Events moved to the dead letters',
      labelNames: ['consumer'],
      registers,
    });
  }
}
