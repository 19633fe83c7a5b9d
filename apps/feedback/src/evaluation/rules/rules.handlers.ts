import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { Actor, EvaluationPatterns, EvaluationPointsDto, EvaluationRulesDto } from '@hospital/contracts';
import { RulesService } from './rules.service';

@Controller()
export class RulesHandlers {
  constructor(private readonly rules: RulesService) {}

  @MessagePattern(EvaluationPatterns.getRules)
  get(): Promise<EvaluationRulesDto> {
    return this.rules.current();
  }

  @MessagePattern(EvaluationPatterns.putRules)
  put(@Payload('data') points: EvaluationPointsDto, @Payload('actor') actor: Actor): Promise<EvaluationRulesDto> {
    return this.rules.replace(points, actor);
  }
}
