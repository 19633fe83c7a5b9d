import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { EvaluationPatterns, ScoresDto, ScoresQueryDto } from '@hospital/contracts';
import { ScoresService } from './scores.service';

@Controller()
export class ScoresHandlers {
  constructor(private readonly scores: ScoresService) {}

  @MessagePattern(EvaluationPatterns.scores)
  get(@Payload('data') query: ScoresQueryDto): Promise<ScoresDto> {
    return this.scores.scores(query);
  }
}
