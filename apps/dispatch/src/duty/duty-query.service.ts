import { Inject, Injectable } from '@nestjs/common';
import { Actor, ErrorCode, Group, hasAnyRole, Role, WorkerDutyDto, WorkerQueueDto } from '@hospital/contracts';
import { DomainError, ENV, ServiceEnv } from '@hospital/platform';
import { DataSource } from 'typeorm';
import { toWorkerDutyDto } from './worker-duty.mapper';
import { queryWorkerDuty } from './worker-duty.query';
import { toWorkerQueueDto } from './worker-queue.mapper';
import { queryWorkerQueue } from './worker-queue.query';

/** The roster: who is on duty, on which shift, and what they carry (the board and the roster route read it); a worker's own queue. */
@Injectable()
export class DutyQueryService {
  constructor(
    private readonly db: DataSource,
    @Inject(ENV) private readonly env: ServiceEnv,
  ) {}

  /** Every active staff member (of a group, or the given ids) with status, load, capacity and idle time, in one query. */
  async roster(filter: { group?: Group; staffIds?: string[] }, now = new Date()): Promise<WorkerDutyDto[]> {
    const rows = await queryWorkerDuty(this.db.manager, { group: filter.group, staffIds: filter.staffIds });
    return rows.map((row) => toWorkerDutyDto(row, now, this.env.TZ_HOSPITAL));
  }

  /**
   * The caller's own open jobs in the order to do them, with their duty (on break or not). A
   * worker's, through the staff record their account is linked to: the floor has the board.
   */
  async queue(actor: Actor, now = new Date()): Promise<WorkerQueueDto> {
    if (!hasAnyRole(actor, [Role.Worker])) throw new DomainError(ErrorCode.Forbidden, 'the queue is a worker’s own: the floor reads the board');
    const staffId = actor.staffId;
    if (!staffId) throw new DomainError(ErrorCode.NotLinkedToStaff, 'your account is not linked to a staff member, so it has no jobs of its own');
    const [[duty], tasks] = await Promise.all([
      queryWorkerDuty(this.db.manager, { staffIds: [staffId] }),
      queryWorkerQueue(this.db.manager, staffId),
    ]);
    if (!duty) throw DomainError.notFound(ErrorCode.StaffNotFound, 'Active staff member', staffId);
    return toWorkerQueueDto(toWorkerDutyDto(duty, now, this.env.TZ_HOSPITAL), tasks, actor, now);
  }
}
