import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EvaluationRulesDto } from '@hospital/contracts';
import { Repository } from 'typeorm';
import { EvaluationRuleEntity } from './evaluation-rule.entity';
import { ruleInForceAt } from './rule-in-force';
import { toRulesDto } from './rules.mapper';

/** The scoring rules: the version in force now, or at any instant. */
@Injectable()
export class RulesQueryService {
  constructor(@InjectRepository(EvaluationRuleEntity) private readonly rules: Repository<EvaluationRuleEntity>) {}

  async current(): Promise<EvaluationRulesDto> {
    return toRulesDto(await this.inForceAt(new Date()));
  }

  inForceAt(at: Date): Promise<EvaluationRuleEntity> {
    return ruleInForceAt(this.rules, at);
  }
}
