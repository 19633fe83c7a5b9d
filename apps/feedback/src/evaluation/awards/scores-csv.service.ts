import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AwardKind, enumLabel, ScoreGrouping } from '@hospital/contracts';
import { DataSource } from 'typeorm';
import { quarterOf } from '../period';
import { ScoresService } from '../scores/scores.service';
import { toAwardDto } from './awards.mapper';
import { frozenAwards, frozenScores } from './awards.query';
import { csv } from './scores-csv';

/**
 * `department` stays the group's code (GROUP_LABELS' key) for the systems that read it; its Chinese name
 * (内科组) comes last, as `department_label`, so no column a payroll import reads by position moves.
 */
const HEADER = ['period', 'rank', 'staff_no', 'name', 'department', 'base', 'points', 'survey_bonus', 'total', 'vetoed', 'veto_reasons', 'star_award_fen', 'department_label'];

/** The department's label in the hospital's words (a staff record's group always has one; anything else as it is). */
const departmentLabel = (department: string): string => enumLabel('Group', department) ?? department;

/**
 * Staff scores as CSV for payroll (docs/domain.md §6.7): a frozen quarter from its snapshot, with
 * the star-staff amounts; any other period live (and without amounts, as none is awarded yet).
 */
@Injectable()
export class ScoresCsvService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly scores: ScoresService,
  ) {}

  async csv(period: string): Promise<string> {
    const frozen = period === quarterOf(period) ? await frozenScores(this.db, period) : [];
    if (frozen.length > 0) {
      const awards = new Map((await frozenAwards(this.db, period)).map((r) => [r.subject_id, toAwardDto(r)]));
      const star = (staffId: string) => {
        const award = awards.get(staffId);
        return award?.kind === AwardKind.StarStaff ? award.amountFen : 0;
      };
      return csv(
        HEADER,
        frozen.map((r) => [
          period,
          r.rank,
          r.staff_no,
          r.name,
          r.department,
          r.base,
          r.points,
          r.survey_bonus,
          r.total,
          r.vetoed,
          r.veto_reasons,
          star(r.staff_id),
          departmentLabel(r.department),
        ]),
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
        departmentLabel(s.department),
      ]),
    );
  }
}
