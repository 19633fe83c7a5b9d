import { Module } from '@nestjs/common';
import { StatsHandlers } from './stats.handlers';
import { StatsService } from './stats.service';

/** Read-only KPIs over tasks, task_events and incidents (GET /dispatch/stats). */
@Module({
  controllers: [StatsHandlers],
  providers: [StatsService],
})
export class StatsModule {}
