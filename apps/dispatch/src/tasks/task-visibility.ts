import { Actor, ErrorCode, Group, hasAnyRole, Role } from '@hospital/contracts';
import { DomainError } from '@hospital/platform';
import { EntityManager } from 'typeorm';
import { StaffEntity } from '../staff/staff.entity';
import { TaskEntity } from './task.entity';

/** Which jobs a caller may read; an empty scope means all of them. */
export interface TaskScope {
  assigneeId?: string;
  createdBy?: string;
  /** Only a default: a dispatcher may still ask for another group, since they may act on any job. */
  defaultGroup?: Group;
}

/** People who oversee the whole center read every job. */
const SEES_ALL: readonly Role[] = [Role.Admin, Role.Manager, Role.Supervisor, Role.Inspector];

/** A caller with no staff record behind a worker account may read nothing: this id matches no job. */
const NOBODY = '00000000-0000-0000-0000-000000000000';

/**
 * docs/domain.md §3.13: a worker sees only their own jobs; a dispatcher their group (the group of
 * their staff record; a dispatcher account without one sees all groups, like the center's duty
 * desk); a ward's integration key the jobs it raised; managers, supervisors and inspectors
 * everything. With several roles the broadest wins.
 */
export async function scopeFor(actor: Actor, manager: EntityManager): Promise<TaskScope> {
  if (hasAnyRole(actor, SEES_ALL)) return {};
  if (hasAnyRole(actor, [Role.Dispatcher])) {
    if (!actor.staffId) return {};
    const staff = await manager.findOne(StaffEntity, { where: { id: actor.staffId }, select: { id: true, group: true } });
    return staff ? { defaultGroup: staff.group } : {};
  }
  if (hasAnyRole(actor, [Role.Worker])) return { assigneeId: actor.staffId ?? NOBODY };
  if (hasAnyRole(actor, [Role.Integration])) return { createdBy: actor.id };
  return { assigneeId: NOBODY };
}

/** Opening one job by id: outside the caller's scope is 403, not 404, so a worker knows it is not theirs. */
export function assertVisible(task: TaskEntity, scope: TaskScope): void {
  const hidden =
    (scope.assigneeId !== undefined && task.assigneeId !== scope.assigneeId) ||
    (scope.createdBy !== undefined && task.createdBy !== scope.createdBy);
  if (hidden) throw new DomainError(ErrorCode.Forbidden, `task ${task.number} is not one of your jobs`);
}
