import { ComplaintDto, hasAnyRole, Page, Role, StaffDto, TaskDetailDto, WorkerQueueDto } from '@hospital/contracts';
import type { GatewayActor } from '../identity/access/gateway-actor';
import type { AuditedOptions } from './audited.decorator';

/**
 * Who gets which personal data unmasked, as the services' mappers decide it. The gateway cannot
 * import the services, so the rules are restated here: change them together.
 */
type ShownInFull<T> = (actor: GatewayActor, record: T) => boolean;

/** apps/deposit/src/deposits/deposit.mapper.ts (SEES_DEPOSITOR_PHONE): the phone with the name; clerks get it masked. */
export const depositorInFull: ShownInFull<unknown> = (actor) => hasAnyRole(actor, [Role.Admin, Role.Manager, Role.Supervisor]);

/** apps/deposit/src/equipment/loan.mapper.ts (SEES_BORROWER): the borrower's name and phone. */
export const borrowerInFull: ShownInFull<unknown> = (actor) => hasAnyRole(actor, [Role.Supervisor, Role.Manager, Role.Admin]);

/** apps/feedback/src/complaints/complaint.mapper.ts (seesContact): the owner, supervisors and managers; an anonymous complaint has none. */
export const complainantInFull: ShownInFull<Pick<ComplaintDto, 'complainant' | 'ownerId'>> = (actor, complaint) =>
  complaint.complainant != null && ((complaint.ownerId != null && complaint.ownerId === actor.id) || hasAnyRole(actor, [Role.Supervisor, Role.Manager]));

/** apps/feedback/src/follow-ups/follow-up.mapper.ts: the patient's name and phone, supervisors and managers only. */
export const followUpPatientInFull: ShownInFull<unknown> = (actor) => hasAnyRole(actor, [Role.Supervisor, Role.Manager]);

/** apps/dispatch/src/staff/staff.mapper.ts (SEES_STAFF_PHONE): a staff member's mobile. */
export const staffPhoneInFull: ShownInFull<Pick<StaffDto, 'phone'>> = (actor, staff) =>
  staff.phone != null && hasAnyRole(actor, [Role.Admin, Role.Manager, Role.Dispatcher, Role.Supervisor]);

/** apps/dispatch/src/tasks/task.mapper.ts (SEES_PATIENT): the patient's name and MRN of a transport, on the one job opened (lists always mask). */
export const taskPatientInFull: ShownInFull<Pick<TaskDetailDto, 'patient'>> = (actor, task) =>
  task.patient != null && hasAnyRole(actor, [Role.Admin, Role.Manager, Role.Dispatcher, Role.Worker, Role.Integration]);

/**
 * apps/dispatch/src/duty/worker-queue.mapper.ts: a worker's own queue shows their patients as the
 * job opened does. Recorded when a transport is in it, with the ids of those jobs.
 */
export const workerQueueRead: AuditedOptions<WorkerQueueDto> = {
  target: { type: 'task' },
  when: (_actor, queue) => patientJobsIn(queue).length > 0,
  details: (queue) => ({ ids: patientJobsIn(queue) }),
};

function patientJobsIn(queue: WorkerQueueDto): string[] {
  return (Array.isArray(queue?.items) ? queue.items : []).filter((item) => item.patient != null).map((item) => item.id);
}

/** One record read by id (route parameter `id`): recorded when it came back in full. */
export function personalRead<T>(type: string, inFull: ShownInFull<T>): AuditedOptions<T> {
  return { target: { type, idParam: 'id' }, when: inFull };
}

/** A page read: recorded when at least one item came back in full, with the ids of those in `details.ids`. */
export function personalPageRead<T>(type: string, inFull: ShownInFull<T>): AuditedOptions<Page<T & { id: string }>> {
  const shown = (page: Page<T & { id: string }>, actor: GatewayActor) => (Array.isArray(page?.items) ? page.items : []).filter((item) => inFull(actor, item)).map((item) => item.id);
  return {
    target: { type },
    when: (actor, page) => shown(page, actor).length > 0,
    details: (page, { actor }) => ({ ids: shown(page, actor) }),
  };
}
