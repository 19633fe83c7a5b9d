import { Inject, Injectable } from '@nestjs/common';
import { DepositEvents, Desk, EquipmentType, LoanOverdueEvent } from '@hospital/contracts';
import { PeriodicJob, UnitOfWork } from '@hospital/platform';
import { DEPOSIT_CONFIG, DepositConfig } from '../config';

const SWEEP_BATCH = 500;

interface OverdueLoanRow {
  id: string;
  unit_id: string;
  unit_code: string;
  type: EquipmentType;
  desk: Desk;
  due_back_at: Date;
  overdue_at: Date;
}

/**
 * Flags open loans past their due-back time, once each (`overdue_at`), and emits
 * `deposit.loan.overdue` so someone chases the unit. One UPDATE ... RETURNING over a bounded,
 * SKIP LOCKED batch: replicas sweeping together never flag a loan twice, and a loan being
 * returned right now is left to that return. Runs every DEPOSIT_SWEEP_SECONDS, like the unclaimed sweep.
 */
@Injectable()
export class LoanOverdueSweep extends PeriodicJob {
  constructor(
    private readonly uow: UnitOfWork,
    @Inject(DEPOSIT_CONFIG) config: DepositConfig,
  ) {
    super(config.sweepEveryMs, 'loan overdue sweep');
  }

  protected runOnce(): Promise<string[]> {
    return this.sweep();
  }

  /** Flags what is overdue as of now; returns the loan ids flagged. */
  sweep(): Promise<string[]> {
    return this.uow.run(async ({ manager, emit }) => {
      const [rows] = (await manager.query(
        `UPDATE "deposit"."loans" SET "overdue_at" = now(), "version" = "version" + 1, "updated_at" = now()
         WHERE "id" IN (
           SELECT "id" FROM "deposit"."loans"
           WHERE "returned_at" IS NULL AND "overdue_at" IS NULL AND "due_back_at" < now()
           ORDER BY "due_back_at" LIMIT ${SWEEP_BATCH} FOR UPDATE SKIP LOCKED)
         RETURNING "id", "unit_id", "unit_code", "type", "desk", "due_back_at", "overdue_at"`,
      )) as [OverdueLoanRow[], number];
      for (const row of rows) {
        emit<LoanOverdueEvent>(DepositEvents.loanOverdue, row.id, {
          loanId: row.id,
          unitId: row.unit_id,
          unitCode: row.unit_code,
          type: row.type,
          desk: row.desk,
          dueBackAt: row.due_back_at.toISOString(),
          at: row.overdue_at.toISOString(),
        });
      }
      if (rows.length) this.log.log(`flagged ${rows.length} overdue loan(s)`);
      return rows.map((r) => r.id);
    });
  }
}
