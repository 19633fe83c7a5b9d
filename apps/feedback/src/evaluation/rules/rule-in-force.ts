import { LessThanOrEqual, Repository } from 'typeorm';
import { EvaluationRuleEntity } from './evaluation-rule.entity';

/**
 * The version a source that happened at `at` is scored with: the latest in force by then. The
 * repository is the caller's, so a ledger write reads it inside its own transaction.
 */
export async function ruleInForceAt(rules: Repository<EvaluationRuleEntity>, at: Date): Promise<EvaluationRuleEntity> {
  const inForce = await rules.findOne({ where: { effectiveFrom: LessThanOrEqual(at) }, order: { version: 'DESC' } });
  // Only a source dated before 1970 gets here: version 1 covers everything else.
  return inForce ?? (await rules.findOneOrFail({ where: {}, order: { version: 'ASC' } }));
}
