import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor, hasAnyRole, LedgerDayDto, LedgerDayQueryDto, LedgerEntryDto, Role } from '@hospital/contracts';
import { ENV, ServiceEnv } from '@hospital/platform';
import { DataSource } from 'typeorm';
import { hospitalDayBounds, ledgerFigures } from './ledger-day.query';
import { LedgerEntryEntity } from './ledger-entry.entity';

/** Those who reconcile every drawer; a desk clerk sees only the money they handled themselves. */
const SEES_EVERY_CLERK: readonly Role[] = [Role.Supervisor, Role.Manager, Role.Admin];

@Injectable()
export class LedgerService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(ENV) private readonly env: ServiceEnv,
  ) {}

  /**
   * A hospital day's reconciliation: taken, refunded, kept, net and the cash the drawer should
   * hold, per desk, clerk and payment method, with the entries. One snapshot (REPEATABLE READ),
   * so an entry written meanwhile cannot be in the entries but missing from the totals.
   */
  day(query: LedgerDayQueryDto, actor: Actor): Promise<LedgerDayDto> {
    const timeZone = this.env.TZ_HOSPITAL;
    const clerkId = hasAnyRole(actor, SEES_EVERY_CLERK) ? null : actor.id;
    const desk = query.desk ?? null;
    return this.db.transaction('REPEATABLE READ', async (manager) => {
      await manager.query('SET TRANSACTION READ ONLY');
      const day = await hospitalDayBounds(manager, query.date ?? null, timeZone);
      const scope = { from: day.from, to: day.to, desk, clerkId };
      const figures = await ledgerFigures(manager, scope);
      const qb = manager
        .createQueryBuilder(LedgerEntryEntity, 'e')
        .where('e.at >= :from AND e.at < :to', scope)
        .orderBy('e.id', 'ASC');
      if (desk) qb.andWhere('e.desk = :desk', { desk });
      if (clerkId) qb.andWhere('e.clerk_id = :clerkId', { clerkId });
      const entries = await qb.getMany();
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

export function toLedgerEntryDto(entry: LedgerEntryEntity): LedgerEntryDto {
  return {
    id: String(entry.id),
    kind: entry.kind,
    amountFen: entry.amountFen,
    paymentMethod: entry.paymentMethod,
    desk: entry.desk,
    clerkId: entry.clerkId,
    at: entry.at.toISOString(),
    loanId: entry.loanId,
  };
}
