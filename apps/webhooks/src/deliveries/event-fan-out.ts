import { Injectable, Logger } from '@nestjs/common';
import { DispatchEvents, EventEnvelope, TaskCreatedV1, TaskStepV1, WebhookEventType, WebhookMessage } from '@hospital/contracts';
import { OnEvent } from '@hospital/platform';
import { EntityManager } from 'typeorm';
import { TaskCreatorEntity } from './task-creator.entity';

const WEBHOOK_TYPES = new Set<string>(Object.values(WebhookEventType));

/**
 * Turns each event of the stream into one delivery per endpoint that should hear of it, in the
 * transaction in which the platform records the event as handled (the inbox): an event is
 * never lost (the consumer is durable and acks after the commit) and never queued twice for an
 * endpoint (the inbox, and unique (endpoint_id, event_id)). No HTTP here: the sender sends.
 *
 * One durable consumer per family of subjects (`dispatch.task.*`, ...), not per type, so a job's
 * events reach it in the order they were published: `dispatch.task.created` (which records who
 * raised the job) always before the job's steps.
 */
@Injectable()
export class EventFanOut {
  private readonly log = new Logger(EventFanOut.name);

  @OnEvent('dispatch.task.*', { versions: [1] })
  async onTaskEvent(event: EventEnvelope<string, TaskCreatedV1 | TaskStepV1>, manager: EntityManager): Promise<void> {
    const createdBy = await this.creatorOf(event, manager);
    await this.fanOut(event, createdBy, manager);
  }

  @OnEvent('dispatch.incident.*', { versions: [1] })
  async onIncidentEvent(event: EventEnvelope, manager: EntityManager): Promise<void> {
    await this.fanOut(event, null, manager);
  }

  @OnEvent('feedback.complaint.*', { versions: [1] })
  async onComplaintEvent(event: EventEnvelope, manager: EntityManager): Promise<void> {
    await this.fanOut(event, null, manager);
  }

  /** Who raised the job: in the step's payload, or recorded from its `dispatch.task.created` (older events). */
  private async creatorOf(event: EventEnvelope<string, TaskCreatedV1 | TaskStepV1>, manager: EntityManager): Promise<string | null> {
    const taskId = event.payload.id ?? event.aggregateId;
    if (event.type === DispatchEvents.taskCreated) {
      const { createdBy } = event.payload as TaskCreatedV1;
      await manager
        .createQueryBuilder()
        .insert()
        .into(TaskCreatorEntity)
        .values({ taskId, createdBy, recordedAt: new Date() })
        .orIgnore()
        .execute();
      return createdBy;
    }
    const carried = (event.payload as TaskStepV1).createdBy;
    if (carried) return carried;
    const known = await manager.findOne(TaskCreatorEntity, { where: { taskId } });
    if (!known) this.log.debug(`${event.type} ${event.id}: task ${taskId} has no known creator; only admins' endpoints hear of it`);
    return known?.createdBy ?? null;
  }

  /**
   * One statement: a delivery for every enabled endpoint subscribed to the type that may hear of
   * it. An admin's endpoint (scope ALL) hears of everything it subscribed to; a system's endpoint
   * (OWN_JOBS) only of the jobs the system raised, and of nothing without a job's creator. An
   * endpoint hears of what happened after it was registered only: no backfill, also while this
   * consumer catches up on the stream (a first deployment, a replayed dead letter).
   */
  private async fanOut(event: EventEnvelope, createdBy: string | null, manager: EntityManager): Promise<void> {
    if (!WEBHOOK_TYPES.has(event.type)) return;
    const message: WebhookMessage = { type: event.type as WebhookEventType, timestamp: event.occurredAt, data: event.payload };
    const now = new Date();
    const queued = (await manager.query(
      `INSERT INTO "webhooks"."deliveries" ("endpoint_id", "event_id", "event_type", "body", "status", "attempts", "next_attempt_at", "created_at", "updated_at")
       SELECT e."id", $1, $2, $3, 'PENDING', 0, $4, $4, $4
       FROM "webhooks"."endpoints" e
       WHERE e."enabled" AND e."event_types" @> ARRAY[$2]::varchar[]
         AND (e."scope" = 'ALL' OR (e."scope" = 'OWN_JOBS' AND e."owner_id" = $5))
         AND e."created_at" <= $6
       ON CONFLICT ("endpoint_id", "event_id") DO NOTHING
       RETURNING "endpoint_id"`,
      [event.id, event.type, JSON.stringify(message), now, createdBy, new Date(event.occurredAt)],
    )) as unknown[];
    if (queued.length) this.log.debug(`${event.type} ${event.id}: queued for ${queued.length} endpoint(s)`);
  }
}
