import { Inject, Injectable } from '@nestjs/common';
import {
  Actor,
  DepositEvents,
  DepositStatus,
  DepositUnclaimedEvent,
  Desk,
  ErrorCode,
  hasAnyRole,
  Role,
  SweepOverdueBodyDto,
  SweepOverdueResultDto,
} from '@hospital/contracts';
import { DomainError, PeriodicJob, UnitOfWork } from '@hospital/platform';
import { DEPOSIT_CONFIG, DepositConfig } from '../config';

const SWEEP_BATCH = 500;
const DAY_MS = 24 * 60 * 60 * 1000;

/** Still at the desk and claimable: what the 3-day rule applies to. */
const CLAIMABLE = [DepositStatus.Stored, DepositStatus.TicketLost, DepositStatus.Locked];

interface UnclaimedRow {
  id: string;
  ticket_no: string;
  desk: Desk;
  tag_no: number;
  checked_in_at: Date;
  unclaimed_at: Date;
}

/**
 * The 3-day rule (docs/domain.md §4.7): deposits not claimed within `unclaimedDays` become
 * unclaimed property, once each. Every replica runs it on a timer; one UPDATE ... RETURNING
 * over rows taken with SKIP LOCKED means two replicas never mark (or announce) a deposit twice.
 */
@Injectable()
export class UnclaimedSweep extends PeriodicJob {
  constructor(
    private readonly uow: UnitOfWork,
    @Inject(DEPOSIT_CONFIG) private readonly config: DepositConfig,
  ) {
    super(config.sweepEveryMs, 'unclaimed sweep');
  }

  protected runOnce(): Promise<SweepOverdueResultDto> {
    return this.sweep();
  }

  /**
   * Marks every claimable deposit checked in more than the limit before `asOf` (default now).
   * A future `asOf` is how an admin forces the rule early; `unclaimedAt` is still when it was marked.
   */
  async sweep(asOf: Date = new Date()): Promise<SweepOverdueResultDto> {
    const cutoff = new Date(asOf.getTime() - this.config.unclaimedDays * DAY_MS);
    const ids: string[] = [];
    for (;;) {
      const batch = await this.sweepBatch(cutoff);
      ids.push(...batch);
      if (batch.length < SWEEP_BATCH) break;
    }
    if (ids.length) this.log.log(`marked ${ids.length} deposit(s) unclaimed`);
    return { marked: ids.length, ids };
  }

  /** `POST /deposits/sweep-overdue`: the same sweep, for an admin, as of the instant they name. */
  async sweepOnRequest(body: SweepOverdueBodyDto, actor: Actor): Promise<SweepOverdueResultDto> {
    if (!hasAnyRole(actor, [Role.Admin])) throw new DomainError(ErrorCode.Forbidden, 'only an admin can run the unclaimed sweep');
    return this.sweep(body.asOf ? new Date(body.asOf) : new Date());
  }

  private sweepBatch(cutoff: Date): Promise<string[]> {
    return this.uow.run(async ({ manager, emit }) => {
      // SKIP LOCKED leaves a deposit a clerk is releasing right now (or another replica is marking)
      // to a later sweep instead of waiting on it; the version bump fails a claim that read it before.
      const [rows] = (await manager.query(
        `UPDATE "deposit"."deposits" SET "status" = '${DepositStatus.Unclaimed}', "unclaimed_at" = now(),
                "version" = "version" + 1, "updated_at" = now()
         WHERE "id" IN (
           SELECT "id" FROM "deposit"."deposits"
           WHERE "status" = ANY($1::varchar[]) AND "checked_in_at" < $2
           ORDER BY "checked_in_at" LIMIT ${SWEEP_BATCH} FOR UPDATE SKIP LOCKED)
         RETURNING "id", "ticket_no", "desk", "tag_no", "checked_in_at", "unclaimed_at"`,
        [CLAIMABLE, cutoff],
      )) as [UnclaimedRow[], number];
      for (const row of rows) {
        emit<DepositUnclaimedEvent>(DepositEvents.unclaimed, row.id, {
          id: row.id,
          ticketNo: row.ticket_no,
          desk: row.desk,
          tagNo: row.tag_no,
          checkedInAt: row.checked_in_at.toISOString(),
          at: row.unclaimed_at.toISOString(),
        });
      }
      return rows.map((r) => r.id);
    });
  }
}
