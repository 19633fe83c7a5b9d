import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor, Role, SatisfactionQueryDto, SatisfactionReportDto, SurveyPatterns } from '@hospital/contracts';
import { RpcClient } from '@hospital/platform';
import { ApiAuth, CurrentActor } from '../identity';

/** Satisfaction figures from survey responses. */
@ApiTags('feedback')
@Controller('feedback/satisfaction')
export class SatisfactionController {
  constructor(private readonly rpc: RpcClient) {}

  @Get()
  @ApiAuth(Role.Supervisor, Role.Manager, Role.Admin, Role.Inspector)
  @ApiOperation({
    summary: 'Responses, mean, CSAT % and NPS per department, staff member or channel, optionally per week or month (hospital time zone)',
    description:
      'mean: average of the responses\' Likert means; CSAT: % of responses (with Likert answers) whose mean is 4 or more; ' +
      'NPS: % promoters (9–10) minus % detractors (0–6) among responses with an NPS answer. from and to are days, both included.',
  })
  @ApiOkResponse({ type: SatisfactionReportDto })
  report(@Query() query: SatisfactionQueryDto, @CurrentActor() actor: Actor): Promise<SatisfactionReportDto> {
    return this.rpc.send(SurveyPatterns.satisfaction, actor, query);
  }
}
