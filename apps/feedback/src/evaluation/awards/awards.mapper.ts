import { AwardDto, AwardKind, PeriodAwardsDto } from '@hospital/contracts';
import { AwardRow } from './awards.query';

export function toAwardDto(r: AwardRow): AwardDto {
  return { kind: r.kind, rank: r.rank, subjectId: r.subject_id, name: r.name, score: Number(r.score), amountFen: r.amount_fen };
}

export function toPeriodAwardsDto(period: string, frozenAt: Date, frozenBy: string, awards: AwardDto[]): PeriodAwardsDto {
  return {
    period,
    frozenAt: frozenAt.toISOString(),
    frozenBy,
    starStaff: awards.filter((a) => a.kind === AwardKind.StarStaff),
    excellentTeams: awards.filter((a) => a.kind === AwardKind.ExcellentTeam),
    supervision: awards.find((a) => a.kind === AwardKind.Supervision) ?? null,
  };
}
