import { Inject, Injectable } from '@nestjs/common';
import {
  Actor,
  ClockInRequestDto,
  ClockOutRequestDto,
  DispatchEvents,
  ErrorCode,
  StaffClockedInEvent,
  StaffClockedOutEvent,
  WorkerDutyDto,
} from '@hospital/contracts';
import { DomainError, ENV, ServiceEnv, Transaction, uniqueViolationOf, UnitOfWork } from '@hospital/platform';
import { IsNull } from 'typeorm';
import { StaffEntity } from '../staff/staff.entity';
import { earliness, lateness } from './attendance';
import { assertMayActOnDuty, lockStaff } from './duty-actor';
import { endOpenBreak } from './duty-breaks.service';
import { DutySessionEntity } from './duty-session.entity';
import { shiftOccurrenceAt } from './shift-calendar';
import { toWorkerDutyDto } from './worker-duty.mapper';
import { queryWorkerDuty } from './worker-duty.query';

/**
 * Clock-in and clock-out (docs/domain.md §1.3–§1.5): one open duty session per person, for the
 * occurrence of their shift the clock-in falls in, and the punctuality evaluation reads.
 */
@Injectable()
export class DutyClockService {
  constructor(
    private readonly uow: UnitOfWork,
    @Inject(ENV) private readonly env: ServiceEnv,
  ) {}

  async clockIn(req: ClockInRequestDto, actor: Actor, now = new Date()): Promise<WorkerDutyDto> {
    assertMayActOnDuty(req.id, actor, 'clock in or out');
    try {
      return await this.uow.run(async (tx) => {
        const staff = await lockStaff(tx, req.id);
        if (!staff.active) {
          throw new DomainError(ErrorCode.WorkerUnavailable, `${staff.name} (${staff.staffNo}) is not active and cannot clock in`);
        }
        const open = await tx.manager.findOneBy(DutySessionEntity, { staffId: staff.id, clockedOutAt: IsNull() });
        if (open) throw alreadyOnDuty(staff);

        const shift = req.shift ?? staff.shift;
        const occurrence = shiftOccurrenceAt(shift, now, this.env.TZ_HOSPITAL);
        await tx.manager.insert(DutySessionEntity, {
          staffId: staff.id,
          shift,
          shiftStart: occurrence.start,
          shiftEnd: occurrence.end,
          clockedInAt: now,
          clockedInBy: actor.id,
          clockInNote: req.note ?? null,
        });
        tx.emit<StaffClockedInEvent>(DispatchEvents.staffClockedIn, staff.id, {
          staffId: staff.id,
          staffNo: staff.staffNo,
          group: staff.group,
          shift,
          at: now.toISOString(),
          shiftStart: occurrence.start.toISOString(),
          ...lateness(occurrence.start, now),
        });
        return this.dutyOf(tx, staff.id, now);
      });
    } catch (error) {
      // The staff row lock makes this rare; the partial unique index is the last word.
      if (uniqueViolationOf(error)) {
        throw alreadyOnDuty(null, req.id);
      }
      throw error;
    }
  }

  async clockOut(req: ClockOutRequestDto, actor: Actor, now = new Date()): Promise<WorkerDutyDto> {
    assertMayActOnDuty(req.id, actor, 'clock in or out');
    return this.uow.run(async (tx) => {
      const staff = await lockStaff(tx, req.id);
      const open = await tx.manager.findOneBy(DutySessionEntity, { staffId: staff.id, clockedOutAt: IsNull() });
      if (!open) throw new DomainError(ErrorCode.DutyConflict, `${staff.name} (${staff.staffNo}) is not on duty`);
      // A clock-out with jobs in hand is allowed: the jobs stay theirs until a dispatcher reassigns them.
      // A break ends with the session it belongs to, first, so its event comes before the clock-out's.
      await endOpenBreak(tx, staff, now, actor.id, true);
      await tx.manager.update(DutySessionEntity, { id: open.id }, { clockedOutAt: now, clockedOutBy: actor.id, clockOutNote: req.note ?? null });
      tx.emit<StaffClockedOutEvent>(DispatchEvents.staffClockedOut, staff.id, {
        staffId: staff.id,
        staffNo: staff.staffNo,
        group: staff.group,
        shift: open.shift,
        at: now.toISOString(),
        shiftEnd: open.shiftEnd.toISOString(),
        ...earliness(open.shiftEnd, now),
      });
      return this.dutyOf(tx, staff.id, now);
    });
  }

  private async dutyOf(tx: Transaction, staffId: string, now: Date): Promise<WorkerDutyDto> {
    const [row] = await queryWorkerDuty(tx.manager, { staffIds: [staffId] });
    return toWorkerDutyDto(row, now, this.env.TZ_HOSPITAL);
  }
}

function alreadyOnDuty(staff: StaffEntity | null, id?: string): DomainError {
  const who = staff ? `${staff.name} (${staff.staffNo})` : `staff member ${id}`;
  return new DomainError(ErrorCode.DutyConflict, `${who} is already clocked in`);
}
