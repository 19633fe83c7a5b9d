import { Desk, LedgerClerkFiguresDto, LedgerDeskFiguresDto, LedgerEntryKind, LedgerFiguresDto, LedgerLineDto, PaymentMethod } from '@hospital/contracts';
import { EntityManager } from 'typeorm';
import { LedgerEntryEntity } from './ledger-entry.entity';

export interface LedgerScope {
  from: Date;
  to: Date;
  desk: Desk | null;
  clerkId: string | null;
}

export interface HospitalDay {
  date: string;
  from: Date;
  to: Date;
}

/**
 * The bounds of a hospital day (YYYY-MM-DD) in the hospital's zone, by Postgres' own zone rules (a
 * day is not always 24 h where daylight saving applies).
 */
export async function hospitalDayBounds(manager: EntityManager, date: string, timeZone: string): Promise<HospitalDay> {
  const [row] = (await manager.query(
    `SELECT to_char(d, 'YYYY-MM-DD') AS "date", (d::timestamp AT TIME ZONE $2::text) AS "from", ((d + 1)::timestamp AT TIME ZONE $2::text) AS "to"
     FROM (SELECT $1::date AS d) AS day`,
    [date, timeZone],
  )) as HospitalDay[];
  return row;
}

/** The entries in the scope, in the order they were written. */
export function ledgerEntries(manager: EntityManager, scope: LedgerScope): Promise<LedgerEntryEntity[]> {
  const qb = manager
    .createQueryBuilder(LedgerEntryEntity, 'e')
    .where('e.at >= :from AND e.at < :to', { from: scope.from, to: scope.to })
    .orderBy('e.id', 'ASC');
  if (scope.desk) qb.andWhere('e.desk = :desk', { desk: scope.desk });
  if (scope.clerkId) qb.andWhere('e.clerk_id = :clerkId', { clerkId: scope.clerkId });
  return qb.getMany();
}

interface FiguresRow {
  /** GROUPING(desk, clerk_id, payment_method): 0 a line, 1 a clerk, 3 a desk, 7 the total. */
  level: number;
  desk: Desk | null;
  clerk_id: string | null;
  payment_method: PaymentMethod | null;
  taken: string;
  refunded: string;
  kept: string;
  net: string;
  net_cash: string;
}

export interface LedgerFigures {
  total: LedgerFiguresDto;
  desks: LedgerDeskFiguresDto[];
  clerks: LedgerClerkFiguresDto[];
  lines: LedgerLineDto[];
}

/**
 * Every breakdown in one pass over the day's entries: GROUPING SETS give the lines (desk, clerk,
 * method), the clerk and desk subtotals and the total together, so they cannot disagree.
 */
export async function ledgerFigures(manager: EntityManager, scope: LedgerScope): Promise<LedgerFigures> {
  const rows = (await manager.query(
    `SELECT
       GROUPING(e."desk", e."clerk_id", e."payment_method")::int AS "level",
       e."desk", e."clerk_id", e."payment_method",
       coalesce(sum(e."amount_fen") FILTER (WHERE e."kind" = '${LedgerEntryKind.DepositTaken}'), 0)::bigint AS "taken",
       coalesce(-sum(e."amount_fen") FILTER (WHERE e."kind" = '${LedgerEntryKind.Refund}'), 0)::bigint AS "refunded",
       coalesce(sum(e."amount_fen") FILTER (WHERE e."kind" = '${LedgerEntryKind.Deduction}'), 0)::bigint AS "kept",
       coalesce(sum(e."amount_fen") FILTER (WHERE e."kind" <> '${LedgerEntryKind.Deduction}'), 0)::bigint AS "net",
       coalesce(sum(e."amount_fen") FILTER (WHERE e."kind" <> '${LedgerEntryKind.Deduction}' AND e."payment_method" = '${PaymentMethod.Cash}'), 0)::bigint AS "net_cash"
     FROM "deposit"."ledger_entries" e
     WHERE e."at" >= $1 AND e."at" < $2
       AND ($3::varchar IS NULL OR e."desk" = $3::varchar)
       AND ($4::varchar IS NULL OR e."clerk_id" = $4::varchar)
     GROUP BY GROUPING SETS ((e."desk", e."clerk_id", e."payment_method"), (e."desk", e."clerk_id"), (e."desk"), ())
     ORDER BY e."desk" COLLATE "C", e."clerk_id" COLLATE "C", e."payment_method" COLLATE "C"`,
    [scope.from, scope.to, scope.desk, scope.clerkId],
  )) as FiguresRow[];
  const figures = (row: FiguresRow): LedgerFiguresDto => ({
    takenFen: Number(row.taken),
    refundedFen: Number(row.refunded),
    keptFen: Number(row.kept),
    netFen: Number(row.net),
    netCashExpectedFen: Number(row.net_cash),
  });
  const at = (level: number) => rows.filter((r) => r.level === level);
  const total = at(7)[0];
  return {
    total: total ? figures(total) : { takenFen: 0, refundedFen: 0, keptFen: 0, netFen: 0, netCashExpectedFen: 0 },
    desks: at(3).map((r) => ({ desk: r.desk as Desk, ...figures(r) })),
    clerks: at(1).map((r) => ({ desk: r.desk as Desk, clerkId: r.clerk_id as string, ...figures(r) })),
    lines: at(0).map((r) => ({ desk: r.desk as Desk, clerkId: r.clerk_id as string, paymentMethod: r.payment_method as PaymentMethod, ...figures(r) })),
  };
}
