import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { StatsDto, StatsPatterns, StatsQueryDto } from '@hospital/contracts';
import { StatsService } from './stats.service';

@Controller()
export class StatsHandlers {
  constructor(private readonly stats: StatsService) {}

  @MessagePattern(StatsPatterns.get)
  get(@Payload('data') query: StatsQueryDto): Promise<StatsDto> {
    return this.stats.get(query);
  }
}
