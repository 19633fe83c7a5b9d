import { PointsEntryDto, PointsSourceType, VetoDto } from '@hospital/contracts';

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

export const POINTS_COLUMNS = `"id", "subject_kind", "subject_id", "source_type", "source_id", "points", "rule_version", "reason", "veto", "occurred_at"`;

export const toEntryDto = (r: PointsRow): PointsEntryDto => ({
  id: r.id,
  points: r.points,
  reason: r.reason,
  source: { type: r.source_type, id: r.source_id },
  ruleVersion: r.rule_version,
  veto: r.veto,
  occurredAt: r.occurred_at.toISOString(),
});

export const toVetoDto = (r: PointsRow): VetoDto => ({ reason: r.reason, source: { type: r.source_type, id: r.source_id } });
