import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  Actor,
  CreateSupervisorDto,
  ListSupervisorsQueryDto,
  ProblemDto,
  Role,
  SetSupervisorActiveBodyDto,
  SupervisorDto,
  SupervisorIdDto,
  SupervisorPageDto,
  SupervisorPatterns,
  } from '@hospital/contracts';
import { RpcClient } from '@hospital/platform';
import { Idempotent } from '../http/idempotency';
import { ApiAuth, CurrentActor } from '../identity';

const MANAGES_SUPERVISORS = [Role.Supervisor, Role.Manager, Role.Admin] as const;

/** The registry of social supervisors (社会监督员); their ratings are survey responses on channel SUPERVISOR. */
@ApiTags('feedback')
@Controller('feedback/supervisors')
export class SupervisorsController {
  constructor(private readonly rpc: RpcClient) {}

  @Post()
  @ApiAuth(...MANAGES_SUPERVISORS)
  @ApiOperation({
    summary: 'Register a social supervisor (active from the start)',
    description:
      'Supervisors, managers and admins. A social supervisor (社会监督员) is a member of the public who rates the center’s ' +
      'service; invited with channel SUPERVISOR, their answers count on that channel. One registration per phone (409 ' +
      'SUPERVISOR_PHONE_TAKEN).',
  })
  @ApiCreatedResponse({ type: SupervisorDto })
  @ApiConflictResponse({ type: ProblemDto, description: 'Someone with this phone is registered already (SUPERVISOR_PHONE_TAKEN)' })
  @Idempotent()
  create(@Body() dto: CreateSupervisorDto, @CurrentActor() actor: Actor): Promise<SupervisorDto> {
    return this.rpc.send(SupervisorPatterns.create, actor, dto);
  }

  @Get()
  @ApiAuth(...MANAGES_SUPERVISORS)
  @ApiOperation({
    summary: 'List social supervisors, newest first, phones masked',
    description: 'Supervisors, managers and admins. Filter by `active`; newest first, keyset-paged; phones masked.',
  })
  @ApiOkResponse({ type: SupervisorPageDto })
  list(@Query() query: ListSupervisorsQueryDto, @CurrentActor() actor: Actor): Promise<SupervisorPageDto> {
    return this.rpc.send(SupervisorPatterns.list, actor, query);
  }

  @Patch(':id')
  @ApiAuth(...MANAGES_SUPERVISORS)
  @ApiOperation({
    summary: 'Set whether a social supervisor serves (active); inactive ones get no new invitations',
    description:
      'Supervisors, managers and admins. An inactive supervisor gets no new invitations (422 BUSINESS_RULE when one ' +
      'is attempted); their earlier answers still count. An unknown id is 404 SUPERVISOR_NOT_FOUND.',
  })
  @ApiOkResponse({ type: SupervisorDto })
  @ApiNotFoundResponse({ type: ProblemDto, description: 'SUPERVISOR_NOT_FOUND' })
  setActive(@Param() { id }: SupervisorIdDto, @Body() body: SetSupervisorActiveBodyDto, @CurrentActor() actor: Actor): Promise<SupervisorDto> {
    return this.rpc.send(SupervisorPatterns.setActive, actor, { id, ...body });
  }
}
