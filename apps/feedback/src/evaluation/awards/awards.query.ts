import { AwardKind } from '@hospital/contracts';
import { DataSource, EntityManager } from 'typeorm';

export interface AwardRow {
  kind: AwardKind;
  rank: number;
  subject_id: string;
  name: string;
  score: string;
  amount_fen: number;
}

/** A staff member's score as the quarter was frozen. */
export interface FrozenScoreRow {
  rank: number;
  staff_id: string;
  staff_no: string;
  name: string;
  department: string;
  base: number;
  points: number;
  survey_bonus: number;
  total: number;
  vetoed: boolean;
  veto_reasons: string;
}

/**
 * The inspector with the most upheld findings in the quarter; then more inspections; then the
 * lower inspector id, so the result never depends on row order.
 */
export async function supervisionLeader(manager: EntityManager, quarter: string): Promise<{ inspector_id: string; upheld: number } | undefined> {
  const [top] = (await manager.query(
    `SELECT i."inspector_id", COUNT(f."id") FILTER (WHERE f."upheld")::int AS "upheld", COUNT(DISTINCT i."id")::int AS "inspections"
     FROM "feedback"."evaluation_inspections" i LEFT JOIN "feedback"."evaluation_inspection_findings" f ON f."inspection_id" = i."id"
     WHERE i."quarter" = $1 GROUP BY i."inspector_id"
     ORDER BY "upheld" DESC, "inspections" DESC, i."inspector_id" LIMIT 1`,
    [quarter],
  )) as { inspector_id: string; upheld: number }[];
  return top;
}

/** The awards of a frozen quarter. */
export async function frozenAwards(db: DataSource, quarter: string): Promise<AwardRow[]> {
  return (await db.query(
    `SELECT "kind", "rank", "subject_id", "name", "score", "amount_fen" FROM "feedback"."evaluation_awards" WHERE "period" = $1`,
    [quarter],
  )) as AwardRow[];
}

/** The staff scores of a frozen quarter, in rank order; none for a quarter not frozen. */
export async function frozenScores(db: DataSource, quarter: string): Promise<FrozenScoreRow[]> {
  return (await db.query(
    `SELECT "rank", "staff_id", "staff_no", "name", "department", "base", "points", "survey_bonus", "total", "vetoed", "veto_reasons"
     FROM "feedback"."evaluation_period_scores" WHERE "period" = $1 ORDER BY "rank"`,
    [quarter],
  )) as FrozenScoreRow[];
}
