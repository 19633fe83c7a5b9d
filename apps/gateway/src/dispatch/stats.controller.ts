import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor, Role, StatsDto, StatsPatterns, StatsQueryDto } from '@hospital/contracts';
import { RpcClient } from '@hospital/platform';
import { ApiAuth, CurrentActor } from '../identity';

/** Those who run and oversee the floor read its KPIs; workers do not. */
const READS = [Role.Admin, Role.Manager, Role.Dispatcher, Role.Supervisor, Role.Inspector] as const;

@ApiTags('dispatch')
@Controller('dispatch/stats')
export class StatsController {
  constructor(private readonly rpc: RpcClient) {}

  @Get()
  @ApiAuth(...READS)
  @ApiOperation({
    summary:
      'KPIs over the tasks that entered the queue in [from, to) (registered, or a booked job released): count, median and p90 response time (queued → accepted) and turnaround ' +
      '(queued → completed), on-time %, accuracy % (completed without an incident), cancellations; optionally by type, group, worker or priority',
    description:
      'A report is computed once per range and kept for STATS_CACHE_SECONDS (default 5) by each dispatch replica, ' +
      'so figures may be that many seconds old; wallboards polling the same range share one computation.',
  })
  @ApiOkResponse({ type: StatsDto })
  get(@Query() query: StatsQueryDto, @CurrentActor() actor: Actor): Promise<StatsDto> {
    return this.rpc.send(StatsPatterns.get, actor, query);
  }
}
