import { Injectable } from '@nestjs/common';
import { DispatchEvents, StaffCreatedEvent, StaffUpdatedEvent } from '@hospital/contracts';
import { OnEvent } from '@hospital/platform';
import { EntityManager } from 'typeorm';

/**
 * Applies dispatch's staff events to the read model. Runs inside the consumer's transaction,
 * which also records the event as handled: a redelivered event never reaches this code.
 */
@Injectable()
export class StaffDirectoryProjector {
  @OnEvent(DispatchEvents.staffCreated, { versions: [1] })
  onCreated(event: StaffCreatedEvent, manager: EntityManager): Promise<void> {
    return this.apply(event, manager);
  }

  @OnEvent(DispatchEvents.staffUpdated, { versions: [1] })
  onUpdated(event: StaffUpdatedEvent, manager: EntityManager): Promise<void> {
    return this.apply(event, manager);
  }

  private async apply(event: StaffCreatedEvent | StaffUpdatedEvent, manager: EntityManager): Promise<void> {
    const s = event.payload;
    // created and updated arrive on separate consumers, so their order is not guaranteed: the version decides.
    await manager.query(
      `INSERT INTO "feedback"."staff_directory" ("id", "staff_no", "name", "group", "posts", "active", "version", "updated_at")
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
       ON CONFLICT ("id") DO UPDATE SET
         "staff_no" = EXCLUDED."staff_no", "name" = EXCLUDED."name", "group" = EXCLUDED."group", "posts" = EXCLUDED."posts",
         "active" = EXCLUDED."active", "version" = EXCLUDED."version", "updated_at" = EXCLUDED."updated_at"
       WHERE "staff_directory"."version" < EXCLUDED."version"`,
      [s.id, s.staffNo, s.name, s.group, s.posts, s.active, s.version, event.occurredAt],
    );
    // The history is append-only: evaluation needs who was in which group when.
    await manager.query(
      `INSERT INTO "feedback"."staff_directory_changes" ("event_id", "staff_id", "event_type", "version", "snapshot", "occurred_at")
       VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT ("event_id") DO NOTHING`,
      [event.id, s.id, event.type, s.version, JSON.stringify(s), event.occurredAt],
    );
  }
}
