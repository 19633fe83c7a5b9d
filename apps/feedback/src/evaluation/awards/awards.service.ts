import { Inject, Injectable } from '@nestjs/common';
import { Actor, AwardDto, AwardKind, ErrorCode, PeriodAwardsDto, ScoreGrouping } from '@hospital/contracts';
import { DomainError, IdempotentRequest, UnitOfWork } from '@hospital/platform';
import { EntityManager } from 'typeorm';
import { ScoresService } from '../scores/scores.service';
import { FEEDBACK_CONFIG, FeedbackConfig } from '../../config';
import { toPeriodAwardsDto } from './awards.mapper';
import { supervisionLeader } from './awards.query';
import { lockQuarterForFreezing } from './period-lock';

/** Star staff (星级标兵) per quarter. */
const STAR_STAFF = 10;
/** Excellent teams (优秀集体) per quarter. */
const EXCELLENT_TEAMS = 2;

/**
 * Quarterly awards (每季一评一奖, docs/domain.md §6.5): 10 star staff (星级标兵), 2 excellent teams
 * (优秀集体) and the supervision award (监督检查奖), computed once from the period's scores; then the
 * quarter is frozen, its ledger closed (§6.6). Vetoed staff and departments are passed over (§6.4).
 */
@Injectable()
export class AwardsService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly scores: ScoresService,
    @Inject(FEEDBACK_CONFIG) private readonly config: FeedbackConfig,
  ) {}

  async freeze(period: string, actor: Actor, idempotency: IdempotentRequest | null = null): Promise<PeriodAwardsDto> {
    return this.uow.run(async ({ manager }) => {
      // Waits for in-flight ledger writes of the quarter and holds new ones off until the freeze commits.
      await lockQuarterForFreezing(manager, period);
      const [frozen] = (await manager.query(
        `INSERT INTO "feedback"."evaluation_periods" ("period", "frozen_by") VALUES ($1, $2)
         ON CONFLICT ("period") DO NOTHING RETURNING "frozen_at"`,
        [period, actor.id],
      )) as { frozen_at: Date }[];
      if (!frozen) {
        throw new DomainError(ErrorCode.PeriodFrozen, `The awards of ${period} are already frozen`, { errors: [{ field: 'period', message: 'already frozen' }] });
      }

      const staff = (await this.scores.scores({ period, groupBy: ScoreGrouping.Staff })).items;
      const departments = (await this.scores.scores({ period, groupBy: ScoreGrouping.Department })).items;
      const awards: AwardDto[] = [
        ...staff
          .filter((s) => !s.vetoed)
          .slice(0, STAR_STAFF)
          .map((s, i) => ({ kind: AwardKind.StarStaff, rank: i + 1, subjectId: s.id, name: s.name, score: s.total, amountFen: this.config.awards.starStaffFen })),
        ...departments
          .filter((d) => !d.vetoed)
          .slice(0, EXCELLENT_TEAMS)
          .map((d, i) => ({ kind: AwardKind.ExcellentTeam, rank: i + 1, subjectId: d.id, name: d.name, score: d.total, amountFen: this.config.awards.teamFen })),
      ];
      const supervision = await this.supervisionWinner(manager, period);
      if (supervision) awards.push(supervision);

      for (const a of awards) {
        await manager.query(
          `INSERT INTO "feedback"."evaluation_awards" ("period", "kind", "rank", "subject_id", "name", "score", "amount_fen") VALUES ($1, $2, $3, $4, $5, $6, $7)`,
          [period, a.kind, a.rank, a.subjectId, a.name, a.score, a.amountFen],
        );
      }
      for (const s of staff) {
        await manager.query(
          `INSERT INTO "feedback"."evaluation_period_scores"
             ("period", "rank", "staff_id", "staff_no", "name", "department", "base", "points", "survey_bonus", "total", "vetoed", "veto_reasons")
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
          [period, s.rank, s.id, s.staffNo, s.name, s.department, s.base, s.points, s.surveyBonus, s.total, s.vetoed, s.vetoes.map((v) => v.reason).join('; ')],
        );
      }
      return toPeriodAwardsDto(period, frozen.frozen_at, actor.id, awards);
    }, { idempotency });
  }

  /** The supervision award (监督检查奖): none when no finding of the quarter was upheld. */
  private async supervisionWinner(manager: EntityManager, period: string): Promise<AwardDto | null> {
    const top = await supervisionLeader(manager, period);
    if (!top || top.upheld === 0) return null;
    return {
      kind: AwardKind.Supervision,
      rank: 1,
      subjectId: top.inspector_id,
      name: top.inspector_id,
      score: top.upheld,
      amountFen: this.config.awards.supervisionFen,
    };
  }
}
