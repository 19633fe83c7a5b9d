import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query, Req } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  Actor,
  ClockInBodyDto,
  ClockOutBodyDto,
  CreateStaffDto,
  DutyPatterns,
  DutyRosterQueryDto,
  ListStaffQueryDto,
  ProblemDto,
  Role,
  StaffDto,
  StaffIdDto,
  StaffPageDto,
  StaffPatterns,
  UpdateStaffDto,
  WorkerDutyDto,
} from '@hospital/contracts';
import { RpcClient } from '@hospital/platform';
import type { Request } from 'express';
import { auditOriginOf } from '../audit/audit.service';
import { UserAdmin } from '../identity/users/user-admin.service';
import { Audited, personalPageRead, personalRead, staffPhoneInFull } from '../audit';
import { Idempotent } from '../http/idempotency';
import { ApiAuth, CurrentActor } from '../identity';

const MANAGES_STAFF = [Role.Admin, Role.Manager, Role.Dispatcher] as const;
/** Workers clock themselves in and out (the service checks it is themselves); the floor does it for anyone. */
const CLOCKS_IN = [Role.Admin, Role.Manager, Role.Dispatcher, Role.Worker] as const;
const SEES_DUTY = [Role.Admin, Role.Manager, Role.Dispatcher, Role.Supervisor] as const;
const READS_STAFF = [Role.Admin, Role.Manager, Role.Dispatcher, Role.Supervisor, Role.Inspector, Role.Worker, Role.DeskClerk, Role.Integration] as const;

/** The staff directory, owned by the dispatch service. */
@ApiTags('staff')
@Controller('staff')
export class StaffController {
  constructor(
    private readonly rpc: RpcClient,
    private readonly accounts: UserAdmin,
  ) {}

  @Post()
  @ApiAuth(...MANAGES_STAFF)
  @ApiOperation({ summary: 'Add a staff member to the directory' })
  @ApiCreatedResponse({ type: StaffDto })
  @Idempotent()
  @Audited('staff.create', { target: { type: 'staff', idFrom: (staff: StaffDto) => staff.id }, details: (staff: StaffDto) => ({ staffNo: staff.staffNo }) })
  create(@Body() dto: CreateStaffDto, @CurrentActor() actor: Actor): Promise<StaffDto> {
    return this.rpc.send(StaffPatterns.create, actor, dto);
  }

  @Get()
  @ApiAuth(...READS_STAFF)
  @ApiOperation({ summary: 'List staff, newest first, filtered by group, post, activity or name' })
  @ApiOkResponse({ type: StaffPageDto })
  @Audited('staff.list', personalPageRead('staff', staffPhoneInFull))
  list(@Query() query: ListStaffQueryDto, @CurrentActor() actor: Actor): Promise<StaffPageDto> {
    return this.rpc.send(StaffPatterns.list, actor, query);
  }

  // Declared before ':id', so "duty" is not taken for a staff id.
  @Get('duty')
  @ApiAuth(...SEES_DUTY)
  @ApiOperation({ summary: 'Who is on duty: every active staff member with status (available, busy, on break, off duty), load and capacity' })
  @ApiOkResponse({ type: WorkerDutyDto, isArray: true })
  roster(@Query() query: DutyRosterQueryDto, @CurrentActor() actor: Actor): Promise<WorkerDutyDto[]> {
    return this.rpc.send(DutyPatterns.roster, actor, query);
  }

  @Get(':id')
  @ApiAuth(...READS_STAFF)
  @ApiOperation({ summary: 'Get one staff member' })
  @ApiOkResponse({ type: StaffDto })
  @Audited('staff.read', personalRead('staff', staffPhoneInFull))
  get(@Param() params: StaffIdDto, @CurrentActor() actor: Actor): Promise<StaffDto> {
    return this.rpc.send(StaffPatterns.get, actor, params);
  }

  @Patch(':id')
  @ApiAuth(...MANAGES_STAFF)
  @ApiOperation({
    summary: 'Change a staff member (name, group, posts, phone, active, usual shift, capacity)',
    description: 'Deactivating (active: false) also disables the accounts linked to the staff member: their tokens stop working at once.',
  })
  @ApiOkResponse({ type: StaffDto })
  @Audited('staff.update', { target: { type: 'staff', idParam: 'id' }, details: (_, { request }) => ({ fields: Object.keys(request.body ?? {}).sort() }) })
  async update(@Param() { id }: StaffIdDto, @Body() changes: UpdateStaffDto, @CurrentActor() actor: Actor, @Req() request: Request): Promise<StaffDto> {
    const staff = await this.rpc.send<StaffDto>(StaffPatterns.update, actor, { id, changes });
    // Someone who left the center must not keep logging in as them. After dispatch recorded it, so
    // a refused change disables nobody; a retry of the same change disables what a crash left.
    if (!staff.active) await this.accounts.disableForStaff(staff.id, auditOriginOf(request));
    return staff;
  }

  @Post(':id/clock-in')
  @HttpCode(200)
  @ApiAuth(...CLOCKS_IN)
  @ApiOperation({ summary: "Start a duty session for the given shift (default: the person's usual shift); late arrivals are recorded" })
  @ApiOkResponse({ type: WorkerDutyDto })
  @ApiConflictResponse({ type: ProblemDto, description: 'Already clocked in (DUTY_CONFLICT)' })
  clockIn(@Param() { id }: StaffIdDto, @Body() body: ClockInBodyDto, @CurrentActor() actor: Actor): Promise<WorkerDutyDto> {
    return this.rpc.send(DutyPatterns.clockIn, actor, { id, ...body });
  }

  @Post(':id/clock-out')
  @HttpCode(200)
  @ApiAuth(...CLOCKS_IN)
  @ApiOperation({ summary: 'End the open duty session; jobs in hand stay assigned until reassigned' })
  @ApiOkResponse({ type: WorkerDutyDto })
  @ApiConflictResponse({ type: ProblemDto, description: 'Not clocked in (DUTY_CONFLICT)' })
  clockOut(@Param() { id }: StaffIdDto, @Body() body: ClockOutBodyDto, @CurrentActor() actor: Actor): Promise<WorkerDutyDto> {
    return this.rpc.send(DutyPatterns.clockOut, actor, { id, ...body });
  }
}
