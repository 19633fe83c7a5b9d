import { Injectable } from '@nestjs/common';
import { Actor, EvaluationPointsDto, EvaluationRulesDto } from '@hospital/contracts';
import { UnitOfWork } from '@hospital/platform';
import { EvaluationRuleEntity } from './evaluation-rule.entity';
import { toRulesDto } from './rules.mapper';

/**
 * A change of the scoring rules is a new version in force from now on; old versions stay as they
 * were, so a source is always scored with the rules of its time (docs/domain.md §6.3).
 */
@Injectable()
export class ReplaceRulesService {
  constructor(private readonly uow: UnitOfWork) {}

  replace(points: EvaluationPointsDto, actor: Actor): Promise<EvaluationRulesDto> {
    return this.uow.run(async ({ manager }) => {
      // Serialises concurrent PUTs so each gets its own version number.
      await manager.query(`LOCK TABLE "feedback"."evaluation_rules" IN SHARE ROW EXCLUSIVE MODE`);
      const rules = manager.getRepository(EvaluationRuleEntity);
      const latest = (await rules.maximum('version')) ?? 0;
      // On the service's clock, like the times of the sources the version will score.
      const version = rules.create({ version: latest + 1, effectiveFrom: new Date(), points, createdBy: actor.id });
      await rules.insert(version);
      return toRulesDto(version);
    });
  }
}
