import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { Actor, EvaluationPatterns, EvaluationPointsDto, EvaluationRulesDto } from '@hospital/contracts';
import { ReplaceRulesService } from './replace-rules.service';
import { RulesQueryService } from './rules-query.service';

@Controller()
export class RulesHandlers {
  constructor(
    private readonly changes: ReplaceRulesService,
    private readonly queries: RulesQueryService,
  ) {}

  @MessagePattern(EvaluationPatterns.getRules)
  get(): Promise<EvaluationRulesDto> {
    return this.queries.current();
  }

  @MessagePattern(EvaluationPatterns.putRules)
  put(@Payload('data') points: EvaluationPointsDto, @Payload('actor') actor: Actor): Promise<EvaluationRulesDto> {
    return this.changes.replace(points, actor);
  }
}
