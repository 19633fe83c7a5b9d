import { Actor, ComplaintTimelineAction } from '@hospital/contracts';
import { EntityManager } from 'typeorm';
import { ComplaintEventEntity } from './complaint-event.entity';
import { ComplaintEntity } from './complaint.entity';

/** Appends a step to the complaint's timeline, with the status it left the complaint in; returns its time. */
export async function addTimelineStep(
  manager: EntityManager,
  complaint: ComplaintEntity,
  action: ComplaintTimelineAction,
  actor: Actor,
  note: string | null,
  at = new Date(),
): Promise<Date> {
  await manager.insert(ComplaintEventEntity, { complaintId: complaint.id, action, status: complaint.status, actorId: actor.id, note, at });
  return at;
}
