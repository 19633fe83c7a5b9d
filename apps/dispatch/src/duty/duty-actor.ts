import { Actor, ErrorCode, hasAnyRole, Role } from '@hospital/contracts';
import { DomainError, Transaction } from '@hospital/platform';
import { StaffEntity } from '../staff/staff.entity';

/** People who run the floor clock anyone in or out (calling someone in, forgotten clock-outs) and start or end their breaks; a worker only themselves. */
const ACTS_FOR_OTHERS: readonly Role[] = [Role.Admin, Role.Manager, Role.Dispatcher];

/** Refuses a worker acting on someone else's duty (`what`: "clock in or out", "start or end a break"). */
export function assertMayActOnDuty(staffId: string, actor: Actor, what: string): void {
  if (hasAnyRole(actor, ACTS_FOR_OTHERS) || (actor.staffId && actor.staffId === staffId)) return;
  throw new DomainError(ErrorCode.Forbidden, `you may ${what} only for yourself`);
}

/** Serialises clock-in, clock-out, breaks, deactivation and assignment of one person (lock order everywhere: task, then staff). */
export async function lockStaff(tx: Transaction, id: string): Promise<StaffEntity> {
  const staff = await tx.manager.findOne(StaffEntity, { where: { id }, lock: { mode: 'for_no_key_update' } });
  if (!staff) throw DomainError.notFound(ErrorCode.StaffNotFound, 'Staff member', id);
  return staff;
}
