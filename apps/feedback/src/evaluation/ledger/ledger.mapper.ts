import { PointsEntryDto, VetoDto } from '@hospital/contracts';
import { PointsRow } from './ledger.query';

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
