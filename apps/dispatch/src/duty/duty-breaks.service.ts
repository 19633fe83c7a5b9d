import { Inject, Injectable } from '@nestjs/common';
import {
  Actor,
  DispatchEvents,
  EndBreakRequestDto,
  ErrorCode,
  StaffBreakEndedEvent,
  StaffBreakStartedEvent,
  StartBreakRequestDto,
  WorkerDutyDto,
} from '@hospital/contracts';
import { DomainError, ENV, ServiceEnv, Transaction, uniqueViolationOf, UnitOfWork } from '@hospital/platform';
import { IsNull } from 'typeorm';
import { StaffEntity } from '../staff/staff.entity';
import { assertMayActOnDuty, lockStaff } from './duty-actor';
import { DutyBreakEntity } from './duty-break.entity';
import { DutySessionEntity } from './duty-session.entity';
import { toWorkerDutyDto } from './worker-duty.mapper';
import { queryWorkerDuty } from './worker-duty.query';

const who = (staff: StaffEntity) => `${staff.name} (${staff.staffNo})`;

/**
 * Breaks (docs/domain.md §1.4): a clocked-in worker pauses their duty and comes back. While on a
 * break nobody assigns them a job, automatically or by hand. One open break per person; a
 * clock-out ends it (DutyClockService calls endOpenBreak in its transaction).
 */
@Injectable()
export class DutyBreaksService {
  constructor(
    private readonly uow: UnitOfWork,
    @Inject(ENV) private readonly env: ServiceEnv,
  ) {}

  async start(req: StartBreakRequestDto, actor: Actor, now = new Date()): Promise<WorkerDutyDto> {
    assertMayActOnDuty(req.id, actor, 'start or end a break');
    try {
      return await this.uow.run(async (tx) => {
        const staff = await lockStaff(tx, req.id);
        const session = await tx.manager.findOneBy(DutySessionEntity, { staffId: staff.id, clockedOutAt: IsNull() });
        if (!session) throw new DomainError(ErrorCode.NotOnDuty, `${who(staff)} is not clocked in: clock in before starting a break`);
        const open = await tx.manager.findOneBy(DutyBreakEntity, { staffId: staff.id, endedAt: IsNull() });
        if (open) throw alreadyOnBreak(who(staff), open.startedAt);

        const { identifiers } = await tx.manager.insert(DutyBreakEntity, {
          staffId: staff.id,
          dutySessionId: session.id,
          startedAt: now,
          startedBy: actor.id,
          reason: req.reason ?? null,
        });
        const breakId = String(identifiers[0].id);
        tx.emit<StaffBreakStartedEvent>(DispatchEvents.staffBreakStarted, staff.id, {
          breakId,
          staffId: staff.id,
          staffNo: staff.staffNo,
          group: staff.group,
          at: now.toISOString(),
        });
        return this.dutyOf(tx, staff.id, now);
      });
    } catch (error) {
      // The staff row lock makes this rare; the partial unique index is the last word.
      if (uniqueViolationOf(error)) throw alreadyOnBreak(`staff member ${req.id}`, null);
      throw error;
    }
  }

  async end(req: EndBreakRequestDto, actor: Actor, now = new Date()): Promise<WorkerDutyDto> {
    assertMayActOnDuty(req.id, actor, 'start or end a break');
    return this.uow.run(async (tx) => {
      const staff = await lockStaff(tx, req.id);
      const ended = await endOpenBreak(tx, staff, now, actor.id, false);
      if (!ended) throw new DomainError(ErrorCode.NotOnBreak, `${who(staff)} is not on a break`);
      return this.dutyOf(tx, staff.id, now);
    });
  }

  private async dutyOf(tx: Transaction, staffId: string, now: Date): Promise<WorkerDutyDto> {
    const [row] = await queryWorkerDuty(tx.manager, { staffIds: [staffId] });
    return toWorkerDutyDto(row, now, this.env.TZ_HOSPITAL);
  }
}

/**
 * Ends the person's open break, if any, and emits it; null when they were not on one. The caller
 * holds the staff row's lock (lockStaff), so nobody starts or ends it meanwhile.
 */
export async function endOpenBreak(tx: Transaction, staff: StaffEntity, now: Date, actorId: string, byClockOut: boolean): Promise<DutyBreakEntity | null> {
  const open = await tx.manager.findOneBy(DutyBreakEntity, { staffId: staff.id, endedAt: IsNull() });
  if (!open) return null;
  // Replicas' clocks differ a little: a break ended on one a moment "before" it began on another ends where it began.
  const endedAt = now < open.startedAt ? open.startedAt : now;
  await tx.manager.update(DutyBreakEntity, { id: open.id }, { endedAt, endedBy: actorId });
  tx.emit<StaffBreakEndedEvent>(DispatchEvents.staffBreakEnded, staff.id, {
    breakId: open.id,
    staffId: staff.id,
    staffNo: staff.staffNo,
    group: staff.group,
    startedAt: open.startedAt.toISOString(),
    at: endedAt.toISOString(),
    minutes: Math.floor((endedAt.getTime() - open.startedAt.getTime()) / 60_000),
    byClockOut,
  });
  return { ...open, endedAt, endedBy: actorId };
}

function alreadyOnBreak(name: string, since: Date | null): DomainError {
  return new DomainError(ErrorCode.AlreadyOnBreak, `${name} is on a break already${since ? ` (since ${since.toISOString()})` : ''}`);
}
