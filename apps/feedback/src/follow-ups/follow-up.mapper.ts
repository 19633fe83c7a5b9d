import { Actor, FollowUpDto, FollowUpStatus, hasAnyRole, Role } from '@hospital/contracts';
import { maskName, maskPhone } from '@hospital/platform';
import { FollowUpEntity } from './follow-up.entity';

/**
 * The patient shown in full only to supervisors and managers (docs/domain.md §5.10); `today` is
 * the hospital's day (YYYY-MM-DD), against which an open call is overdue.
 */
export function toFollowUpDto(f: FollowUpEntity, actor: Actor, today: string): FollowUpDto {
  const full = hasAnyRole(actor, [Role.Supervisor, Role.Manager]);
  return {
    id: f.id,
    patient: {
      name: full ? f.patientName : (maskName(f.patientName) ?? ''),
      phone: full ? f.patientPhone : (maskPhone(f.patientPhone) ?? ''),
      department: f.patientDepartment,
    },
    dischargedOn: f.dischargedOn,
    dueOn: f.dueOn,
    channel: f.channel,
    status: f.status,
    overdue: f.status !== FollowUpStatus.Completed && f.dueOn < today,
    attempts: f.attempts,
    satisfied: f.satisfied,
    issues: f.issues,
    complaintId: f.complaintId,
    plannedBy: f.plannedBy,
    calledBy: f.calledBy,
    calledAt: f.calledAt ? f.calledAt.toISOString() : null,
  };
}
