import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor, IncidentDto, IncidentListDto, IncidentPatterns, ReportIncidentBodyDto, Role, TaskIdDto } from '@hospital/contracts';
import { RpcClient } from '@hospital/platform';
import { Idempotent } from '../http/idempotency';
import { ApiAuth, CurrentActor } from '../identity';

/** Anyone on the floor reports a mistake at once; supervisors and inspectors read them. */
const REPORTS = [Role.Admin, Role.Manager, Role.Dispatcher, Role.Worker, Role.Supervisor] as const;
const READS = [Role.Admin, Role.Manager, Role.Dispatcher, Role.Supervisor, Role.Inspector] as const;

@ApiTags('dispatch')
@Controller('dispatch/tasks/:id/incidents')
export class IncidentsController {
  constructor(private readonly rpc: RpcClient) {}

  @Post()
  @ApiAuth(...REPORTS)
  @ApiOperation({ summary: 'Report an incident (差错) on a job: delay, damaged or lost specimen, fall, ... with the staff involved' })
  @ApiCreatedResponse({ type: IncidentDto })
  @Idempotent()
  report(
    @Param() { id }: TaskIdDto,
    @Body() body: ReportIncidentBodyDto,
    @CurrentActor() actor: Actor,
  ): Promise<IncidentDto> {
    return this.rpc.send(IncidentPatterns.report, actor, { id, ...body });
  }

  @Get()
  @ApiAuth(...READS)
  @ApiOperation({ summary: 'The incidents reported on a job' })
  @ApiOkResponse({ type: IncidentListDto })
  list(@Param() params: TaskIdDto, @CurrentActor() actor: Actor): Promise<IncidentListDto> {
    return this.rpc.send(IncidentPatterns.listForTask, actor, params);
  }
}
