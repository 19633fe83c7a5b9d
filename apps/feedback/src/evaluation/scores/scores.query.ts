import { DataSource } from 'typeorm';
import { periodColumn } from '../period';

export interface ScoredPerson {
  id: string;
  staff_no: string;
  name: string;
  group: string;
}

/** Each staff member's mean survey score (Likert) over the period. */
export async function surveyMeans(db: DataSource, period: string): Promise<Map<string, number>> {
  const rows = (await db.query(
    `SELECT "staff_id", AVG("likert_mean")::float8 AS "mean" FROM "feedback"."evaluation_survey_scores" WHERE "${periodColumn(period)}" = $1 GROUP BY "staff_id"`,
    [period],
  )) as { staff_id: string; mean: number }[];
  return new Map(rows.map((s) => [s.staff_id, s.mean]));
}

/** Everyone active is scored (at the base when nothing happened); someone who left still is, for the entries they have. */
export async function scoredPeople(db: DataSource, withEntries: string[]): Promise<ScoredPerson[]> {
  return (await db.query(
    `SELECT "id", "staff_no", "name", "group" FROM "feedback"."staff_directory" WHERE "active" OR "id"::text = ANY($1::text[])`,
    [withEntries],
  )) as ScoredPerson[];
}

/** The mean peer-review score each department received for the period. */
export async function peerReviewMeans(db: DataSource, period: string): Promise<Map<string, number>> {
  const rows = (await db.query(
    `SELECT "to_department", AVG("score")::float8 AS "mean" FROM "feedback"."evaluation_peer_reviews" WHERE "period" = $1 GROUP BY "to_department"`,
    [period],
  )) as { to_department: string; mean: number }[];
  return new Map(rows.map((r) => [r.to_department, r.mean]));
}
