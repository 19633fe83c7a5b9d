import { Inject, Injectable } from '@nestjs/common';
import { PeriodicJob, UnitOfWork } from '@hospital/platform';
import { WEBHOOKS_CONFIG, WebhooksConfig } from '../config';

const BATCH = 1_000;
const HOURLY_MS = 3_600_000;

/**
 * Keeps the delivery log to WEBHOOKS_LOG_RETENTION_DAYS: finished deliveries (SUCCEEDED, DEAD)
 * last changed before then go, with the job creators recorded before then. Open deliveries stay
 * whatever their age. Hourly, in bounded batches claimed with SKIP LOCKED, in every replica.
 */
@Injectable()
export class DeliveryLogRetention extends PeriodicJob {
  constructor(
    private readonly uow: UnitOfWork,
    @Inject(WEBHOOKS_CONFIG) private readonly config: WebhooksConfig,
  ) {
    super(HOURLY_MS, 'webhook log retention');
  }

  protected runOnce(): Promise<number> {
    return this.prune();
  }

  /** Deletes one batch of each; returns how many deliveries went. */
  prune(now = new Date()): Promise<number> {
    const before = new Date(now.getTime() - this.config.logRetentionDays * 86_400_000);
    return this.uow.run(async ({ manager }) => {
      const [, deliveries] = (await manager.query(
        `DELETE FROM "webhooks"."deliveries" WHERE "id" IN (
           SELECT "id" FROM "webhooks"."deliveries" WHERE "status" IN ('SUCCEEDED', 'DEAD') AND "updated_at" < $1
           LIMIT ${BATCH} FOR UPDATE SKIP LOCKED)`,
        [before],
      )) as [unknown, number];
      await manager.query(
        `DELETE FROM "webhooks"."task_creators" WHERE "task_id" IN (
           SELECT "task_id" FROM "webhooks"."task_creators" WHERE "recorded_at" < $1 LIMIT ${BATCH} FOR UPDATE SKIP LOCKED)`,
        [before],
      );
      if (deliveries) this.log.log(`pruned ${deliveries} finished webhook deliveries from before ${before.toISOString()}`);
      return deliveries;
    });
  }
}
