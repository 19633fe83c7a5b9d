import { Module } from '@nestjs/common';
import { STATS_CACHE_MS, statsCacheMsFrom } from './stats-cache';
import { StatsHandlers } from './stats.handlers';
import { StatsService } from './stats.service';

/** Read-only KPIs over tasks, task_events and incidents (GET /dispatch/stats). */
@Module({
  controllers: [StatsHandlers],
  providers: [StatsService, { provide: STATS_CACHE_MS, useFactory: () => statsCacheMsFrom(process.env) }],
})
export class StatsModule {}
