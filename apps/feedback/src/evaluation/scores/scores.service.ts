import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { PointsSubjectKind, ScoreGrouping, ScoreRowDto, ScoresDto, ScoresQueryDto, VetoDto } from '@hospital/contracts';
import { DataSource } from 'typeorm';
import { toVetoDto } from '../ledger/ledger.mapper';
import { periodEntries } from '../ledger/ledger.query';
import { LedgerService } from '../ledger/ledger.service';
import { peerReviewMeans, scoredPeople, surveyMeans } from './scores.query';

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
    const rules = await this.ledger.rulesForPeriod(period);
    const entries = await periodEntries(this.db, period, PointsSubjectKind.Staff);
    const surveyMean = await surveyMeans(this.db, period);
    const people = await scoredPeople(this.db, [...entries.keys()]);
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
    const entries = await periodEntries(this.db, period, PointsSubjectKind.Department);
    const reviewMean = await peerReviewMeans(this.db, period);
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
}
