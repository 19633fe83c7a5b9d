import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor, AwardDto, AwardKind, ErrorCode, PeriodAwardsDto, ScoreGrouping } from '@hospital/contracts';
import { DomainError, UnitOfWork } from '@hospital/platform';
import { DataSource, EntityManager } from 'typeorm';
import { ScoresService } from '../scores/scores.service';
import { FEEDBACK_CONFIG, FeedbackConfig } from '../../config';
import { lockQuarterForFreezing } from './period-lock';

const STAR_STAFF = 10;
const EXCELLENT_TEAMS = 2;

interface AwardRow {
  kind: AwardKind;
  rank: number;
  subject_id: string;
  name: string;
  score: string;
  amount_fen: number;
}

/**
 * Quarterly awards: computed once from the period's scores, then the quarter is frozen (its
 * ledger closed). Vetoed staff and departments are passed over.
 */
@Injectable()
export class AwardsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly uow: UnitOfWork,
    private readonly scores: ScoresService,
    @Inject(FEEDBACK_CONFIG) private readonly config: FeedbackConfig,
  ) {}

  async freeze(period: string, actor: Actor): Promise<PeriodAwardsDto> {
    return this.uow.run(async ({ manager }) => {
      // Waits for in-flight ledger writes of the quarter and holds new ones off until the freeze commits.
      await lockQuarterForFreezing(manager, period);
      const [frozen] = (await manager.query(
        `INSERT INTO "feedback"."evaluation_periods" ("period", "frozen_by") VALUES ($1, $2)
         ON CONFLICT ("period") DO NOTHING RETURNING "frozen_at"`,
        [period, actor.id],
      )) as { frozen_at: Date }[];
      if (!frozen) throw new DomainError(ErrorCode.Conflict, `The awards of ${period} are already frozen`, { errors: [{ field: 'period', message: 'already frozen' }] });

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
      return this.toDto(period, frozen.frozen_at, actor.id, awards);
    });
  }

  /** Most upheld findings wins; then more inspections; then the lower inspector id, so the result never depends on row order. */
  private async supervisionWinner(manager: EntityManager, period: string): Promise<AwardDto | null> {
    const [top] = (await manager.query(
      `SELECT i."inspector_id", COUNT(f."id") FILTER (WHERE f."upheld")::int AS "upheld", COUNT(DISTINCT i."id")::int AS "inspections"
       FROM "feedback"."evaluation_inspections" i LEFT JOIN "feedback"."evaluation_inspection_findings" f ON f."inspection_id" = i."id"
       WHERE i."quarter" = $1 GROUP BY i."inspector_id"
       ORDER BY "upheld" DESC, "inspections" DESC, i."inspector_id" LIMIT 1`,
      [period],
    )) as { inspector_id: string; upheld: number }[];
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

  private toDto(period: string, frozenAt: Date, frozenBy: string, awards: AwardDto[]): PeriodAwardsDto {
    return {
      period,
      frozenAt: frozenAt.toISOString(),
      frozenBy,
      starStaff: awards.filter((a) => a.kind === AwardKind.StarStaff),
      excellentTeams: awards.filter((a) => a.kind === AwardKind.ExcellentTeam),
      supervision: awards.find((a) => a.kind === AwardKind.Supervision) ?? null,
    };
  }

  /** The awards of a frozen quarter, for the CSV. */
  async awardsOf(period: string): Promise<Map<string, AwardDto>> {
    const rows = (await this.db.query(
      `SELECT "kind", "rank", "subject_id", "name", "score", "amount_fen" FROM "feedback"."evaluation_awards" WHERE "period" = $1`,
      [period],
    )) as AwardRow[];
    return new Map(
      rows.map((r) => [r.subject_id, { kind: r.kind, rank: r.rank, subjectId: r.subject_id, name: r.name, score: Number(r.score), amountFen: r.amount_fen }]),
    );
  }
}
