import { HandoverDto } from '@hospital/contracts';
import { HandoverEntity } from './handover.entity';

export function toHandoverDto(h: HandoverEntity): HandoverDto {
  return {
    id: h.id,
    desk: h.desk,
    status: h.status,
    outgoingClerkId: h.outgoingClerkId,
    incomingClerkId: h.incomingClerkId,
    countedCount: h.countedCount,
    countedTags: h.countedTags,
    expectedCount: h.expectedCount,
    missingTags: h.missingTags,
    extraTags: h.extraTags,
    note: h.note,
    createdAt: h.createdAt.toISOString(),
    confirmedAt: h.confirmedAt?.toISOString() ?? null,
    resolvedBy: h.resolvedBy,
    resolvedAt: h.resolvedAt?.toISOString() ?? null,
    resolution: h.resolution,
    version: h.version,
  };
}
