import { EvaluationRulesDto } from '@hospital/contracts';
import { EvaluationRuleEntity } from './evaluation-rule.entity';

export function toRulesDto(r: EvaluationRuleEntity): EvaluationRulesDto {
  return { version: r.version, effectiveFrom: r.effectiveFrom.toISOString(), createdBy: r.createdBy, points: r.points };
}
