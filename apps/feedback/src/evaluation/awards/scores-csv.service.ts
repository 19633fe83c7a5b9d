import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AwardKind, ScoreGrouping } from '@hospital/contracts';
import { DataSource } from 'typeorm';
import { quarterOf } from '../period';
import { ScoresService } from '../scores/scores.service';
import { AwardsService } from './awards.service';
import { csv } from './scores-csv';

const HEADER = ['period', 'rank', 'staff_no', 'name', 'department', 'base', 'points', 'survey_bonus', 'total', 'vetoed', 'veto_reasons', 'star_award_fen'];

interface FrozenRow {
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
 * Staff scores as CSV for payroll: a frozen quarter from its snapshot, with the star-staff
 * amounts; any other period live (and without amounts, as none is awarded yet).
 */
@Injectable()
export class ScoresCsvService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly scores: ScoresService,
    private readonly awards: AwardsService,
  ) {}

  async csv(period: string): Promise<string> {
    const frozen = period === quarterOf(period) ? await this.frozenRows(period) : [];
    if (frozen.length > 0) {
      const awards = await this.awards.awardsOf(period);
      const star = (staffId: string) => {
        const award = awards.get(staffId);
        return award?.kind === AwardKind.StarStaff ? award.amountFen : 0;
      };
      return csv(
        HEADER,
        frozen.map((r) => [period, r.rank, r.staff_no, r.name, r.department, r.base, r.points, r.survey_bonus, r.total, r.vetoed, r.veto_reasons, star(r.staff_id)]),
      );
    }
    const { items } = await this.scores.scores({ period, groupBy: ScoreGrouping.Staff });
    return csv(
      HEADER,
      items.map((s) => [
        period,
        s.rank,
        s.staffNo ?? '',
        s.name,
        s.department,
        s.base,
        s.points,
        s.surveyBonus,
        s.total,
        s.vetoed,
        s.vetoes.map((v) => v.reason).join('; '),
        0,
      ]),
    );
  }

  private async frozenRows(period: string): Promise<FrozenRow[]> {
    return (await this.db.query(
      `SELECT "rank", "staff_id", "staff_no", "name", "department", "base", "points", "survey_bonus", "total", "vetoed", "veto_reasons"
       FROM "feedback"."evaluation_period_scores" WHERE "period" = $1 ORDER BY "rank"`,
      [period],
    )) as FrozenRow[];
  }
}
