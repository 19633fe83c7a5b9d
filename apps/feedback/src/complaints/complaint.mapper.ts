import { Actor, ComplaintDto, ComplaintTimelineEntryDto, ComplaintWithTimelineDto, hasAnyRole, Role } from '@hospital/contracts';
import { maskName, maskPhone } from '@hospital/platform';
import { ComplaintEventEntity } from './complaint-event.entity';
import { ComplaintEntity } from './complaint.entity';

/** Who reads the complainant's contact in full: the owner, and the supervisors and managers above them (docs/domain.md §5.10). */
export function seesContact(complaint: ComplaintEntity, actor: Actor): boolean {
  return (complaint.ownerId !== null && complaint.ownerId === actor.id) || hasAnyRole(actor, [Role.Supervisor, Role.Manager]);
}

export function toComplaintDto(c: ComplaintEntity, actor: Actor): ComplaintDto {
  const full = seesContact(c, actor);
  const anonymous = c.complainantName === null && c.complainantPhone === null;
  return {
    id: c.id,
    number: c.number,
    status: c.status,
    channel: c.channel,
    complainant: anonymous
      ? null
      : { name: full ? c.complainantName : maskName(c.complainantName), phone: full ? c.complainantPhone : maskPhone(c.complainantPhone) },
    department: c.department,
    staffId: c.staffId,
    category: c.category,
    severity: c.severity,
    description: c.description,
    ownerId: c.ownerId,
    recordedBy: c.recordedBy,
    receivedAt: c.createdAt.toISOString(),
    acknowledgeDueAt: c.acknowledgeDueAt.toISOString(),
    resolveDueAt: c.resolveDueAt.toISOString(),
    overdue: c.overdueAt !== null,
    overdueDeadline: c.overdueDeadline,
    escalated: c.escalatedAt !== null,
    escalationReason: c.escalationReason,
    resolution:
      c.resolvedAt && c.valid !== null
        ? {
            valid: c.valid,
            atFaultStaffIds: c.atFaultStaffIds ?? [],
            atFaultDepartment: c.atFaultDepartment,
            correctiveAction: c.correctiveAction ?? '',
            resolvedBy: c.resolvedBy ?? '',
            resolvedAt: c.resolvedAt.toISOString(),
          }
        : null,
    reply:
      c.repliedAt && c.replyMessage && c.replyChannel
        ? { message: c.replyMessage, channel: c.replyChannel, repliedAt: c.repliedAt.toISOString() }
        : null,
    followUpId: c.followUpId,
  };
}

export function toTimelineEntry(e: ComplaintEventEntity): ComplaintTimelineEntryDto {
  return { action: e.action, status: e.status, actorId: e.actorId, note: e.note, at: e.at.toISOString() };
}

export function toComplaintWithTimelineDto(c: ComplaintEntity, steps: ComplaintEventEntity[], actor: Actor): ComplaintWithTimelineDto {
  return { ...toComplaintDto(c, actor), timeline: steps.map(toTimelineEntry) };
}
