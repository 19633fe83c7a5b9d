import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  Actor,
  CreateStaffDto,
  ListStaffQueryDto,
  Role,
  RPC_HEADERS,
  StaffDto,
  StaffIdDto,
  StaffPageDto,
  StaffPatterns,
  UpdateStaffDto,
} from '@hospital/contracts';
import { RpcClient } from '@hospital/platform';
import { ApiIdempotent, IdempotencyKeyHeader } from '../http/idempotency';
import { ApiAuth, CurrentActor } from '../identity';

const MANAGES_STAFF = [Role.Admin, Role.Manager, Role.Dispatcher] as const;
const READS_STAFF = [Role.Admin, Role.Manager, Role.Dispatcher, Role.Supervisor, Role.Inspector, Role.Worker, Role.DeskClerk, Role.Integration] as const;

/** The staff directory, owned by the dispatch service. */
@ApiTags('staff')
@Controller('staff')
export class StaffController {
  constructor(private readonly rpc: RpcClient) {}

  @Post()
  @ApiAuth(...MANAGES_STAFF)
  @ApiOperation({ summary: 'Add a staff member to the directory' })
  @ApiCreatedResponse({ type: StaffDto })
  @ApiIdempotent()
  create(@Body() dto: CreateStaffDto, @CurrentActor() actor: Actor, @IdempotencyKeyHeader() key: string | null): Promise<StaffDto> {
    return this.rpc.send(StaffPatterns.create, actor, dto, { headers: { [RPC_HEADERS.idempotencyKey]: key } });
  }

  @Get()
  @ApiAuth(...READS_STAFF)
  @ApiOperation({ summary: 'List staff, newest first, filtered by group, post, activity or name' })
  @ApiOkResponse({ type: StaffPageDto })
  list(@Query() query: ListStaffQueryDto, @CurrentActor() actor: Actor): Promise<StaffPageDto> {
    return this.rpc.send(StaffPatterns.list, actor, query);
  }

  @Get(':id')
  @ApiAuth(...READS_STAFF)
  @ApiOperation({ summary: 'Get one staff member' })
  @ApiOkResponse({ type: StaffDto })
  get(@Param() params: StaffIdDto, @CurrentActor() actor: Actor): Promise<StaffDto> {
    return this.rpc.send(StaffPatterns.get, actor, params);
  }

  @Patch(':id')
  @ApiAuth(...MANAGES_STAFF)
  @ApiOperation({ summary: 'Change a staff member (name, group, posts, phone, active)' })
  @ApiOkResponse({ type: StaffDto })
  update(@Param() { id }: StaffIdDto, @Body() changes: UpdateStaffDto, @CurrentActor() actor: Actor): Promise<StaffDto> {
    return this.rpc.send(StaffPatterns.update, actor, { id, changes });
  }
}
