import { Inject, Injectable } from '@nestjs/common';
import { ScheduleStatus } from '@hospital/contracts';
import { PeriodicJob, UnitOfWork } from '@hospital/platform';
import { DataSource } from 'typeorm';
import { DISPATCH_CONFIG, DispatchConfig } from '../config';
import { ScheduleBooking } from './schedule-booking';
import { TaskScheduleEntity } from './schedule.entity';

/** Schedules looked at per sweep; the rest wait for the next tick. */
const SWEEP_BATCH = 200;

/**
 * Books the occurrences of active schedules that fall inside the look-ahead, one transaction per
 * schedule holding its row: a replica that finds a schedule locked (another replica, or a change
 * being made) skips it, so an occurrence is booked once whatever the number of replicas; the
 * unique index on live occurrences is the last word if anything else ever tried.
 */
@Injectable()
export class ScheduleSweep extends PeriodicJob {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly data: DataSource,
    private readonly booking: ScheduleBooking,
    @Inject(DISPATCH_CONFIG) private readonly config: DispatchConfig,
  ) {
    super(config.scheduleSweepMs, 'schedule sweep');
  }

  protected runOnce(): Promise<number> {
    return this.sweep();
  }

  /** Books what is due as of `now`; returns the number of jobs booked. */
  async sweep(now = new Date()): Promise<number> {
    const horizon = new Date(now.getTime() + this.config.scheduleLookaheadMs);
    const due = (await this.data.query(
      `SELECT "id" FROM "dispatch"."task_schedules" WHERE "status" = '${ScheduleStatus.Active}' AND "next_occurrence_at" <= $1
       ORDER BY "next_occurrence_at" LIMIT ${SWEEP_BATCH}`,
      [horizon],
    )) as { id: string }[];
    let booked = 0;
    for (const { id } of due) {
      booked += await this.uow.run(async (tx) => {
        const [schedule] = await tx.manager
          .createQueryBuilder(TaskScheduleEntity, 's')
          .setLock('pessimistic_write')
          .setOnLocked('skip_locked')
          .where('s.id = :id AND s.status = :status', { id, status: ScheduleStatus.Active })
          .getMany();
        if (!schedule) return 0;
        const count = await this.booking.bookDue(tx, schedule, now);
        await tx.manager.save(schedule);
        return count;
      });
    }
    if (booked) this.log.log(`booked ${booked} recurring occurrence(s)`);
    return booked;
  }
}
