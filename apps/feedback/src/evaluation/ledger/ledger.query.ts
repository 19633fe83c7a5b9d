import { PointsSourceType, PointsSubjectKind } from '@hospital/contracts';
import { DataSource } from 'typeorm';
import { periodColumn } from '../period';

/** A ledger row as the read queries select it. */
export interface PointsRow {
  id: string;
  subject_kind: string;
  subject_id: string;
  source_type: PointsSourceType;
  source_id: string;
  points: number;
  rule_version: number;
  reason: string;
  veto: boolean;
  occurred_at: Date;
}

const POINTS_COLUMNS = `"id", "subject_kind", "subject_id", "source_type", "source_id", "points", "rule_version", "reason", "veto", "occurred_at"`;

/** The applied entries of one subject in a period (a quarter or a month), oldest first. */
export async function subjectEntries(db: DataSource, period: string, kind: PointsSubjectKind, subjectId: string): Promise<PointsRow[]> {
  return (await db.query(
    `SELECT ${POINTS_COLUMNS} FROM "feedback"."evaluation_points"
     WHERE "${periodColumn(period)}" = $1 AND "subject_kind" = $2 AND "status" = 'APPLIED' AND "subject_id" = $3 ORDER BY "occurred_at", "id"`,
    [period, kind, subjectId],
  )) as PointsRow[];
}

/** The applied entries of every subject of a kind in a period, by subject, each oldest first. */
export async function periodEntries(db: DataSource, period: string, kind: PointsSubjectKind): Promise<Map<string, PointsRow[]>> {
  const rows = (await db.query(
    `SELECT ${POINTS_COLUMNS} FROM "feedback"."evaluation_points" WHERE "${periodColumn(period)}" = $1 AND "subject_kind" = $2 AND "status" = 'APPLIED' ORDER BY "occurred_at", "id"`,
    [period, kind],
  )) as PointsRow[];
  const bySubject = new Map<string, PointsRow[]>();
  for (const r of rows) bySubject.set(r.subject_id, [...(bySubject.get(r.subject_id) ?? []), r]);
  return bySubject;
}

/** The instant a month (YYYY-MM) begins in the hospital's time zone. */
export async function monthStartsAt(db: DataSource, month: string, timeZone: string): Promise<Date> {
  const [start] = (await db.query(`SELECT (($1 || '-01')::timestamp AT TIME ZONE $2) AS "at"`, [month, timeZone])) as { at: Date }[];
  return start.at;
}
