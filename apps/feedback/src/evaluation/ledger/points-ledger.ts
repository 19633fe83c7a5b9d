import { Inject, Injectable } from '@nestjs/common';
import { EvaluationPointsDto, PointsSourceType, PointsSubjectKind } from '@hospital/contracts';
import { ENV, ServiceEnv } from '@hospital/platform';
import { EntityManager } from 'typeorm';
import { isQuarterClosed } from '../awards/period-lock';
import { periodOf } from '../period';
import { EvaluationRuleEntity } from '../rules/evaluation-rule.entity';
import { ruleInForceAt } from '../rules/rule-in-force';

export interface PointsEntryInput {
  sourceType: PointsSourceType;
  sourceId: string;
  subjectKind: PointsSubjectKind;
  subjectId: string;
  /** The points from the rule version in force when the source happened. */
  points: (rules: EvaluationPointsDto) => number;
  reason: string;
  veto?: boolean;
  occurredAt: Date;
}

/** Writes ledger entries: each (source, subject) once, scored with the rule version of the source's time (docs/domain.md §6.3). */
@Injectable()
export class PointsLedger {
  constructor(@Inject(ENV) private readonly env: ServiceEnv) {}

  async record(manager: EntityManager, entries: PointsEntryInput[]): Promise<void> {
    for (const entry of entries) {
      const rule = await ruleInForceAt(manager.getRepository(EvaluationRuleEntity), entry.occurredAt);
      const { quarter, month } = periodOf(entry.occurredAt, this.env.TZ_HOSPITAL);
      // A frozen quarter never changes: a late source is kept for the record but not scored.
      const status = (await isQuarterClosed(manager, quarter)) ? 'REJECTED_CLOSED_PERIOD' : 'APPLIED';
      // A source re-sent under a new event id hits the unique index and changes nothing.
      await manager.query(
        `INSERT INTO "feedback"."evaluation_points"
           ("source_type", "source_id", "subject_kind", "subject_id", "quarter", "month", "points", "rule_version", "reason", "veto", "status", "occurred_at")
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
         ON CONFLICT ("source_type", "source_id", "subject_kind", "subject_id") DO NOTHING`,
        [
          entry.sourceType,
          entry.sourceId,
          entry.subjectKind,
          entry.subjectId,
          quarter,
          month,
          entry.points(rule.points),
          rule.version,
          entry.reason,
          entry.veto ?? false,
          status,
          entry.occurredAt,
        ],
      );
    }
  }
}
