import { Actor, hasAnyRole, Role, StaffDto } from '@hospital/contracts';
import { maskPhone } from '@hospital/platform';
import { StaffEntity } from './staff.entity';

/** Those who ring workers to hand out jobs or follow up see the full number; everyone else a mask. */
const SEES_STAFF_PHONE: readonly Role[] = [Role.Admin, Role.Manager, Role.Dispatcher, Role.Supervisor];

export function toStaffDto(staff: StaffEntity, actor: Actor): StaffDto {
  return {
    id: staff.id,
    staffNo: staff.staffNo,
    name: staff.name,
    group: staff.group,
    posts: staff.posts,
    phone: hasAnyRole(actor, SEES_STAFF_PHONE) ? staff.phone : maskPhone(staff.phone),
    active: staff.active,
    shift: staff.shift,
    capacity: staff.capacity,
    version: staff.version,
    createdAt: staff.createdAt.toISOString(),
    updatedAt: staff.updatedAt.toISOString(),
  };
}
