import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { PointsSubjectKind, ScoreGrouping, ScoreRowDto, ScoresDto, ScoresQueryDto, VetoDto } from '@hospital/contracts';
import { DataSource } from 'typeorm';
import { PointsRow, POINTS_COLUMNS, toVetoDto } from '../ledger/ledger-rows';
import { LedgerService } from '../ledger/ledger.service';
import { periodColumn } from '../period';

type Unranked = Omit<ScoreRowDto, 'rank'>;

const round2 = (n: number) => Math.round(n * 100) / 100;
const mean = (ns: number[]) => (ns.length === 0 ? 0 : ns.reduce((a, b) => a + b, 0) / ns.length);

/**
 * Period scores. Staff: base + ledger points + survey bonus, ranked by total, then fewer negative
 * entries, then staff number. Departments (groups): the mean of their staff's totals plus the
 * department-level entries (inspection findings on the department), ranked by total, then fewer
 * negative entries, then name; the peer-review mean they received is shown beside it, not added.
 */
@Injectable()
export class ScoresService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly ledger: LedgerService,
  ) {}

  async scores({ period, groupBy = ScoreGrouping.Staff }: ScoresQueryDto): Promise<ScoresDto> {
    const staff = await this.staffScores(period);
    const unranked = groupBy === ScoreGrouping.Staff ? staff : await this.departmentScores(period, staff);
    const items = unranked
      .sort((x, y) => y.total - x.total || x.negativeEntries - y.negativeEntries || (x.staffNo ?? x.name).localeCompare(y.staffNo ?? y.name))
      .map((row, i) => ({ rank: i + 1, ...row }));
    return { period, groupBy, items };
  }

  async staffScores(period: string): Promise<Unranked[]> {
    const column = periodColumn(period);
    const rules = await this.ledger.rulesForPeriod(period);
    const entries = await this.entries(period, PointsSubjectKind.Staff);
    const surveys = (await this.db.query(
      `SELECT "staff_id", AVG("likert_mean")::float8 AS "mean" FROM "feedback"."evaluation_survey_scores" WHERE "${column}" = $1 GROUP BY "staff_id"`,
      [period],
    )) as { staff_id: string; mean: number }[];
    const surveyMean = new Map(surveys.map((s) => [s.staff_id, s.mean]));
    // Everyone active is scored (at the base when nothing happened); someone who left still is, for the entries they have.
    const people = (await this.db.query(
      `SELECT "id", "staff_no", "name", "group" FROM "feedback"."staff_directory" WHERE "active" OR "id"::text = ANY($1::text[])`,
      [[...entries.keys()]],
    )) as { id: string; staff_no: string; name: string; group: string }[];
    return people.map((p) => {
      const own = entries.get(p.id) ?? [];
      const points = own.reduce((sum, e) => sum + e.points, 0);
      const surveyBonus = (surveyMean.get(p.id) ?? 0) > rules.surveyThreshold ? rules.surveyBonus : 0;
      const vetoes = own.filter((e) => e.veto).map(toVetoDto);
      return {
        id: p.id,
        staffNo: p.staff_no,
        name: p.name,
        department: p.group,
        base: rules.base,
        points,
        surveyBonus,
        total: rules.base + points + surveyBonus,
        negativeEntries: own.filter((e) => e.points < 0).length,
        peerReviewMean: null,
        vetoed: vetoes.length > 0,
        vetoes,
      };
    });
  }

  private async departmentScores(period: string, staff: Unranked[]): Promise<Unranked[]> {
    const entries = await this.entries(period, PointsSubjectKind.Department);
    const reviews = (await this.db.query(
      `SELECT "to_department", AVG("score")::float8 AS "mean" FROM "feedback"."evaluation_peer_reviews" WHERE "period" = $1 GROUP BY "to_department"`,
      [period],
    )) as { to_department: string; mean: number }[];
    const reviewMean = new Map(reviews.map((r) => [r.to_department, r.mean]));
    const members = new Map<string, Unranked[]>();
    for (const s of staff) members.set(s.department, [...(members.get(s.department) ?? []), s]);
    return [...members.entries()].map(([department, people]) => {
      const own = entries.get(department) ?? [];
      const departmentPoints = own.reduce((sum, e) => sum + e.points, 0);
      const vetoes: VetoDto[] = own.filter((e) => e.veto).map(toVetoDto);
      return {
        id: department,
        staffNo: null,
        name: department,
        department,
        base: round2(mean(people.map((p) => p.base))),
        points: round2(mean(people.map((p) => p.points)) + departmentPoints),
        surveyBonus: round2(mean(people.map((p) => p.surveyBonus))),
        total: round2(mean(people.map((p) => p.total)) + departmentPoints),
        negativeEntries: people.reduce((n, p) => n + p.negativeEntries, 0) + own.filter((e) => e.points < 0).length,
        peerReviewMean: reviewMean.has(department) ? round2(reviewMean.get(department) ?? 0) : null,
        vetoed: vetoes.length > 0,
        vetoes,
      };
    });
  }

  private async entries(period: string, kind: PointsSubjectKind): Promise<Map<string, PointsRow[]>> {
    const rows = (await this.db.query(
      `SELECT ${POINTS_COLUMNS} FROM "feedback"."evaluation_points" WHERE "${periodColumn(period)}" = $1 AND "subject_kind" = $2 AND "status" = 'APPLIED' ORDER BY "occurred_at", "id"`,
      [period, kind],
    )) as PointsRow[];
    const bySubject = new Map<string, PointsRow[]>();
    for (const r of rows) bySubject.set(r.subject_id, [...(bySubject.get(r.subject_id) ?? []), r]);
    return bySubject;
  }
}
