import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor, hasAnyRole, LedgerDayDto, LedgerDayQueryDto, Role } from '@hospital/contracts';
import { ENV, hospitalDate, ServiceEnv } from '@hospital/platform';
import { DataSource } from 'typeorm';
import { toLedgerEntryDto } from './ledger-entry.mapper';
import { hospitalDayBounds, ledgerEntries, ledgerFigures } from './ledger-day.query';

/** Those who reconcile every drawer; a desk clerk sees only the money they handled themselves. */
const SEES_EVERY_CLERK: readonly Role[] = [Role.Supervisor, Role.Manager, Role.Admin];

/** The ledger's report (docs/domain.md §4.15): its SQL is in ledger-day.query.ts. */
@Injectable()
export class LedgerQueryService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(ENV) private readonly env: ServiceEnv,
  ) {}

  /**
   * A hospital day's reconciliation (by default today's, on the service's clock as every day
   * number is): taken, refunded, kept, net and the cash the drawer should hold, per desk, clerk
   * and payment method, with the entries. One snapshot (REPEATABLE READ), so an entry written
   * meanwhile cannot be in the entries but missing from the totals.
   */
  day(query: LedgerDayQueryDto, actor: Actor): Promise<LedgerDayDto> {
    const timeZone = this.env.TZ_HOSPITAL;
    const clerkId = hasAnyRole(actor, SEES_EVERY_CLERK) ? null : actor.id;
    const desk = query.desk ?? null;
    const date = query.date ?? hospitalDate(new Date(), timeZone);
    return this.db.transaction('REPEATABLE READ', async (manager) => {
      await manager.query('SET TRANSACTION READ ONLY');
      const day = await hospitalDayBounds(manager, date, timeZone);
      const scope = { from: day.from, to: day.to, desk, clerkId };
      const figures = await ledgerFigures(manager, scope);
      const entries = await ledgerEntries(manager, scope);
      return {
        date: day.date,
        timeZone,
        from: day.from.toISOString(),
        to: day.to.toISOString(),
        desk,
        clerkId,
        ...figures,
        entries: entries.map(toLedgerEntryDto),
      };
    });
  }
}
