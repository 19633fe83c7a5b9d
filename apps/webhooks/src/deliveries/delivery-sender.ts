import { BeforeApplicationShutdown, Inject, Injectable } from '@nestjs/common';
import { WebhookAttemptOutcome, WebhookDeliveryStatus } from '@hospital/contracts';
import { PeriodicJob, UnitOfWork } from '@hospital/platform';
import { WEBHOOKS_CONFIG, WebhooksConfig } from '../config';
import { EndpointSecrets } from '../endpoints/endpoint-secrets';
import { retryDelayMs } from './retry-schedule';
import { AttemptOutcome, WebhookMetrics } from './webhook.metrics';
import { AttemptResult, postWebhook } from './webhook-request';
import { signedHeaders } from './webhook-signature';

/** A delivery claimed for one attempt, with what sending it needs. */
interface ClaimedDelivery {
  id: string;
  endpoint_id: string;
  event_id: string;
  event_type: string;
  body: string;
  /** This attempt's number (1 for the first). */
  attempt: number;
  url: string;
  secret_sealed: string;
  previous_secret_sealed: string | null;
  previous_secret_expires_at: Date | null;
}

/** The metrics' outcome in the contract's words: an outcome added to one and not the other does not compile. */
const HISTORY_OUTCOME: Record<AttemptOutcome, WebhookAttemptOutcome> = {
  succeeded: WebhookAttemptOutcome.Succeeded,
  retry: WebhookAttemptOutcome.Retry,
  dead: WebhookAttemptOutcome.Dead,
  gone: WebhookAttemptOutcome.Gone,
};

/** How long past the attempt's own timeout a claim holds, so a crashed sender's deliveries are taken up again. */
const LEASE_MARGIN_MS = 30_000;

/**
 * Sends the deliveries that are due. In every replica, on a timer (WEBHOOKS_SENDER_INTERVAL_MS):
 * each tick claims due deliveries with FOR UPDATE SKIP LOCKED and a lease (locked_until), so two
 * replicas never send the same one at once and one that crashed mid-attempt lets go, then
 * starts the attempts and returns without waiting for them. What is under way is bounded per
 * process (WEBHOOKS_MAX_IN_FLIGHT) and per endpoint (WEBHOOKS_MAX_IN_FLIGHT_PER_ENDPOINT): a
 * slow or hanging receiver holds at most its own slots until its timeout, never another's.
 */
@Injectable()
export class DeliverySender extends PeriodicJob implements BeforeApplicationShutdown {
  private readonly inFlight = new Set<Promise<void>>();
  private readonly perEndpoint = new Map<string, number>();

  constructor(
    private readonly uow: UnitOfWork,
    private readonly secrets: EndpointSecrets,
    private readonly metrics: WebhookMetrics,
    @Inject(WEBHOOKS_CONFIG) private readonly config: WebhooksConfig,
  ) {
    super(config.senderIntervalMs, 'webhook sender');
  }

  protected async runOnce(): Promise<void> {
    await this.startDue();
  }

  /**
   * Claims what is due now and starts it; resolves once the attempts are started, with a promise
   * of their end (specs await it; the timer does not).
   */
  async startDue(): Promise<{ started: number; finished: Promise<void> }> {
    const capacity = this.config.maxInFlight - this.inFlight.size;
    if (capacity <= 0) return { started: 0, finished: Promise.resolve() };
    const claimed = await this.claim(capacity);
    const attempts = claimed.map((delivery) => this.track(delivery));
    return { started: claimed.length, finished: Promise.all(attempts).then(() => undefined) };
  }

  /** On shutdown: no new claims (the timer stops), and the attempts under way end before the connections close. */
  override async beforeApplicationShutdown(): Promise<void> {
    await super.beforeApplicationShutdown();
    await Promise.allSettled([...this.inFlight]);
  }

  private claim(capacity: number): Promise<ClaimedDelivery[]> {
    const now = new Date();
    const busy = [...this.perEndpoint.entries()].filter(([, n]) => n >= this.config.maxInFlightPerEndpoint).map(([id]) => id);
    return this.uow.run(async ({ manager }) => {
      // At most the per-endpoint limit from each endpoint, oldest due first, of enabled endpoints
      // only. The conditions are repeated on the locked rows: a row another replica leased
      // between our snapshot and our lock is re-checked against its new version and skipped.
      const rows = (await manager.query(
        `SELECT d."id", d."endpoint_id", d."event_id", d."event_type", d."body", d."attempts" + 1 AS "attempt",
                e."url", e."secret_sealed", e."previous_secret_sealed", e."previous_secret_expires_at"
         FROM "webhooks"."deliveries" d JOIN "webhooks"."endpoints" e ON e."id" = d."endpoint_id"
         WHERE d."id" IN (
             SELECT "id" FROM (
               SELECT d2."id", row_number() OVER (PARTITION BY d2."endpoint_id" ORDER BY d2."next_attempt_at", d2."id") AS "rank"
               FROM "webhooks"."deliveries" d2 JOIN "webhooks"."endpoints" e2 ON e2."id" = d2."endpoint_id" AND e2."enabled"
               WHERE d2."status" IN ('PENDING', 'FAILED') AND d2."next_attempt_at" <= $1
                 AND (d2."locked_until" IS NULL OR d2."locked_until" <= $1)
                 AND NOT (d2."endpoint_id" = ANY($4::uuid[]))
             ) ranked WHERE ranked."rank" <= $2)
           AND d."status" IN ('PENDING', 'FAILED') AND d."next_attempt_at" <= $1
           AND (d."locked_until" IS NULL OR d."locked_until" <= $1) AND e."enabled"
         ORDER BY d."next_attempt_at", d."id"
         LIMIT $3
         FOR UPDATE OF d SKIP LOCKED`,
        [now, this.config.maxInFlightPerEndpoint, capacity, busy],
      )) as ClaimedDelivery[];
      const taken: ClaimedDelivery[] = [];
      const counts = new Map(this.perEndpoint);
      for (const row of rows) {
        const n = counts.get(row.endpoint_id) ?? 0;
        if (n >= this.config.maxInFlightPerEndpoint) continue;
        counts.set(row.endpoint_id, n + 1);
        taken.push(row);
      }
      if (taken.length === 0) return [];
      await manager.query(
        `UPDATE "webhooks"."deliveries" SET "attempts" = "attempts" + 1, "locked_until" = $2, "updated_at" = $3 WHERE "id" = ANY($1::uuid[])`,
        [taken.map((d) => d.id), new Date(now.getTime() + this.config.timeoutMs + LEASE_MARGIN_MS), now],
      );
      return taken;
    });
  }

  /** Starts one attempt, counted against the limits until it ends; never rejects. */
  private track(delivery: ClaimedDelivery): Promise<void> {
    this.perEndpoint.set(delivery.endpoint_id, (this.perEndpoint.get(delivery.endpoint_id) ?? 0) + 1);
    const attempt = this.attempt(delivery)
      .catch((error: unknown) => this.log.error({ err: error, deliveryId: delivery.id }, 'webhook attempt could not be recorded; it is retried when its lease ends'))
      .finally(() => {
        this.inFlight.delete(attempt);
        const left = (this.perEndpoint.get(delivery.endpoint_id) ?? 1) - 1;
        if (left > 0) this.perEndpoint.set(delivery.endpoint_id, left);
        else this.perEndpoint.delete(delivery.endpoint_id);
      });
    this.inFlight.add(attempt);
    return attempt;
  }

  private async attempt(delivery: ClaimedDelivery): Promise<void> {
    const at = new Date();
    const result = await postWebhook(delivery.url, signedHeaders(delivery.event_id, at, delivery.body, this.signingSecrets(delivery, at)), delivery.body, this.config.timeoutMs, this.config.addresses);
    await this.record(delivery, at, result);
  }

  /** The current secret, and the one a rotation replaced while its grace lasts. */
  private signingSecrets(delivery: ClaimedDelivery, at: Date): string[] {
    const secrets = [this.secrets.open(delivery.secret_sealed, delivery.endpoint_id)];
    if (delivery.previous_secret_sealed && delivery.previous_secret_expires_at && delivery.previous_secret_expires_at > at) {
      secrets.push(this.secrets.open(delivery.previous_secret_sealed, delivery.endpoint_id));
    }
    return secrets;
  }

  /**
   * Any 2xx succeeds. 410 Gone: the receiver says the endpoint is no more, so it is disabled (no
   * new deliveries, the waiting ones stay until it is enabled again) and this one is DEAD.
   * Anything else is retried on the schedule, and DEAD after the last attempt: a dead letter,
   * in the log until redelivered. The attempt goes into the delivery's history in the same
   * transaction as the delivery's new state, so the log and its history never disagree.
   */
  private async record(delivery: ClaimedDelivery, at: Date, result: AttemptResult): Promise<void> {
    const now = new Date();
    const ok = result.status !== null && result.status >= 200 && result.status < 300;
    const gone = result.status === 410;
    const wait = ok || gone ? null : retryDelayMs(delivery.attempt, this.config.retry);
    const outcome: AttemptOutcome = ok ? 'succeeded' : gone ? 'gone' : wait === null ? 'dead' : 'retry';
    const status = ok ? WebhookDeliveryStatus.Succeeded : outcome === 'retry' ? WebhookDeliveryStatus.Failed : WebhookDeliveryStatus.Dead;
    const error = ok ? null : (result.error ?? `HTTP ${result.status}`) + (gone ? ': the endpoint was disabled' : '');
    await this.uow.run(async ({ manager }) => {
      // The attempt number guards against a redelivery asked for while this attempt was still under way.
      const [, updated] = (await manager.query(
        `UPDATE "webhooks"."deliveries"
         SET "status" = $3, "next_attempt_at" = $4, "locked_until" = NULL, "last_attempt_at" = $5,
             "response_status" = $6, "duration_ms" = $7, "last_error" = $8, "updated_at" = $9
         WHERE "id" = $1 AND "attempts" = $2`,
        [delivery.id, delivery.attempt, status, wait === null ? null : new Date(now.getTime() + wait), at, result.status, result.durationMs, error?.slice(0, 500) ?? null, now],
      )) as [unknown, number];
      // An attempt the guard turned away led to nothing (the delivery has moved on without it), so it
      // has no outcome to record. The history is numbered by its own count, not by "attempts": a
      // redelivery sets "attempts" back to 0 because the retry schedule and the log's `attempt` start
      // over, but the attempts before it stay in the history, and numbering on from them keeps every
      // number unique and in the order they were made. The UPDATE above holds the delivery's row
      // lock until commit, so no other attempt of it can read the same count.
      if (updated === 1) {
        await manager.query(
          `INSERT INTO "webhooks"."delivery_attempts" ("delivery_id", "attempt", "started_at", "duration_ms", "response_status", "error", "outcome")
           SELECT $1, COALESCE(max("attempt"), 0) + 1, $2, $3, $4, $5, $6 FROM "webhooks"."delivery_attempts" WHERE "delivery_id" = $1`,
          [delivery.id, at, result.durationMs, result.status, error?.slice(0, 500) ?? null, HISTORY_OUTCOME[outcome]],
        );
      }
      if (gone) {
        await manager.query(
          `UPDATE "webhooks"."endpoints" SET "enabled" = false, "disabled_reason" = $2, "disabled_at" = $3, "version" = "version" + 1, "updated_at" = $3
           WHERE "id" = $1 AND "enabled"`,
          [delivery.endpoint_id, 'the receiver answered 410 Gone', now],
        );
      }
    });
    this.metrics.attempts.inc({ outcome });
    this.metrics.duration.observe({ outcome }, result.durationMs / 1000);
    const what = { deliveryId: delivery.id, endpointId: delivery.endpoint_id, eventId: delivery.event_id, type: delivery.event_type, attempt: delivery.attempt };
    if (gone) this.log.warn({ ...what, status: 410 }, 'webhook receiver answered 410 Gone: endpoint disabled');
    else if (outcome === 'dead') this.log.warn({ ...what, error }, 'webhook delivery failed its last attempt: dead letter');
    else if (outcome === 'retry') this.log.log({ ...what, error, retryInMs: wait }, 'webhook attempt failed; will retry');
  }
}
