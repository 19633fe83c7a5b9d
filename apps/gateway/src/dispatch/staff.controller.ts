import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query, Req } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
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
  StartBreakBodyDto,
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
/** Workers clock themselves in and out and take their breaks (the service checks it is themselves); the floor does it for anyone. */
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
  @ApiOperation({
    summary: 'Add a staff member to the directory',
    description:
      'The floor (admin, manager, dispatcher). The person can be assigned jobs (auto-assignment by post and group) ' +
      'once clocked in; posts decide which jobs they may take. `capacity` (1–10, default 2) is how many jobs they ' +
      'carry at once. A staff number already in the directory is 409 STAFF_NUMBER_TAKEN. Emitted as an event, so ' +
      'feedback’s staff directory and evaluation know them.',
  })
  @ApiCreatedResponse({ type: StaffDto })
  @ApiConflictResponse({ type: ProblemDto, description: 'The staff number is in the directory already (STAFF_NUMBER_TAKEN)' })
  @Idempotent()
  @Audited('staff.create', { target: { type: 'staff', idFrom: (staff: StaffDto) => staff.id }, details: (staff: StaffDto) => ({ staffNo: staff.staffNo }) })
  create(@Body() dto: CreateStaffDto, @CurrentActor() actor: Actor): Promise<StaffDto> {
    return this.rpc.send(StaffPatterns.create, actor, dto);
  }

  @Get()
  @ApiAuth(...READS_STAFF)
  @ApiOperation({
    summary: 'List staff, newest first, filtered by group, post, activity or name',
    description:
      'Every staff role and integration keys. Keyset-paged; filter by group, post, active or `q` (staff number prefix ' +
      'or part of the name). Phones are masked for workers, desk clerks, inspectors and integration keys; reads of ' +
      'phones in full are in the audit log.',
  })
  @ApiOkResponse({ type: StaffPageDto })
  @Audited('staff.list', personalPageRead('staff', staffPhoneInFull))
  list(@Query() query: ListStaffQueryDto, @CurrentActor() actor: Actor): Promise<StaffPageDto> {
    return this.rpc.send(StaffPatterns.list, actor, query);
  }

  // Declared before ':id', so "duty" is not taken for a staff id.
  @Get('duty')
  @ApiAuth(...SEES_DUTY)
  @ApiOperation({
    summary: 'Who is on duty: every active staff member with status (available, busy, on break, off duty), load and capacity',
    description:
      'The floor and supervisors, for dispatching and covering shifts. Status is derived, never set: OFF_DUTY (not ' +
      'clocked in), ON_BREAK (on a break they started, `onBreakSince`, or clocked in outside the shift’s hours), BUSY ' +
      '(as many jobs as capacity), AVAILABLE. ' +
      '`group` narrows it to one group.',
  })
  @ApiOkResponse({ type: WorkerDutyDto, isArray: true })
  roster(@Query() query: DutyRosterQueryDto, @CurrentActor() actor: Actor): Promise<WorkerDutyDto[]> {
    return this.rpc.send(DutyPatterns.roster, actor, query);
  }

  @Get(':id')
  @ApiAuth(...READS_STAFF)
  @ApiOperation({
    summary: 'Get one staff member',
    description: 'Every staff role and integration keys; the phone masked as in the list. An unknown id is 404 STAFF_NOT_FOUND.',
  })
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
  @ApiOperation({
    summary: "Start a duty session for the given shift (default: the person's usual shift); late arrivals are recorded",
    description:
      'A worker for themselves (403 FORBIDDEN for anyone else), the floor for anyone. The clock-in belongs to the ' +
      'shift occurrence whose hours contain it (up to 30 minutes early counts from the clock-in); lateness beyond 5 ' +
      'minutes’ grace is recorded and emitted. A second clock-in is 409 DUTY_CONFLICT; an inactive staff member 422 ' +
      'WORKER_UNAVAILABLE.',
  })
  @ApiOkResponse({ type: WorkerDutyDto })
  @ApiConflictResponse({ type: ProblemDto, description: 'Already clocked in (DUTY_CONFLICT)' })
  @ApiUnprocessableEntityResponse({ type: ProblemDto, description: 'The staff member is not active (WORKER_UNAVAILABLE)' })
  clockIn(@Param() { id }: StaffIdDto, @Body() body: ClockInBodyDto, @CurrentActor() actor: Actor): Promise<WorkerDutyDto> {
    return this.rpc.send(DutyPatterns.clockIn, actor, { id, ...body });
  }

  @Post(':id/clock-out')
  @HttpCode(200)
  @ApiAuth(...CLOCKS_IN)
  @ApiOperation({
    summary: 'End the open duty session; jobs in hand stay assigned until reassigned',
    description:
      'A worker for themselves (403 FORBIDDEN for anyone else), the floor for anyone. Leaving early beyond 5 minutes’ ' +
      'grace is recorded and emitted. Clocking out while off duty is 409 DUTY_CONFLICT; jobs in hand stay with the ' +
      'person until a dispatcher reassigns them.',
  })
  @ApiOkResponse({ type: WorkerDutyDto })
  @ApiConflictResponse({ type: ProblemDto, description: 'Not clocked in (DUTY_CONFLICT)' })
  clockOut(@Param() { id }: StaffIdDto, @Body() body: ClockOutBodyDto, @CurrentActor() actor: Actor): Promise<WorkerDutyDto> {
    return this.rpc.send(DutyPatterns.clockOut, actor, { id, ...body });
  }

  @Post(':id/break-start')
  @HttpCode(200)
  @ApiAuth(...CLOCKS_IN)
  @ApiOperation({
    summary: 'Go on a break: no job is assigned to the person, automatically or by hand, until it ends',
    description:
      'A worker for themselves (403 FORBIDDEN for anyone else), the floor for anyone. Only while clocked in (else 409 ' +
      'NOT_ON_DUTY), one break at a time (a second one, or two clicks at once: 409 ALREADY_ON_BREAK). The answer shows ' +
      'the person ON_BREAK with `onBreakSince`; jobs in hand stay theirs. `reason` stays in dispatch. Emitted as ' +
      '`dispatch.staff.break-started` (the board stream shows it).',
  })
  @ApiOkResponse({ type: WorkerDutyDto })
  @ApiForbiddenResponse({ type: ProblemDto, description: 'A worker starting a break for someone else (FORBIDDEN)' })
  @ApiConflictResponse({ type: ProblemDto, description: 'Not clocked in (NOT_ON_DUTY), or on a break already (ALREADY_ON_BREAK)' })
  startBreak(@Param() { id }: StaffIdDto, @Body() body: StartBreakBodyDto, @CurrentActor() actor: Actor): Promise<WorkerDutyDto> {
    return this.rpc.send(DutyPatterns.breakStart, actor, { id, ...body });
  }

  @Post(':id/break-end')
  @HttpCode(200)
  @ApiAuth(...CLOCKS_IN)
  @ApiOperation({
    summary: 'Back from the break: the person can be assigned jobs again',
    description:
      'A worker for themselves (403 FORBIDDEN for anyone else), the floor for anyone (a worker who forgot). Not on a ' +
      'break: 409 NOT_ON_BREAK. Clocking out ends a break by itself. Emitted as `dispatch.staff.break-ended` with its ' +
      'length in minutes.',
  })
  @ApiOkResponse({ type: WorkerDutyDto })
  @ApiForbiddenResponse({ type: ProblemDto, description: 'A worker ending someone else’s break (FORBIDDEN)' })
  @ApiConflictResponse({ type: ProblemDto, description: 'Not on a break (NOT_ON_BREAK)' })
  endBreak(@Param() { id }: StaffIdDto, @CurrentActor() actor: Actor): Promise<WorkerDutyDto> {
    return this.rpc.send(DutyPatterns.breakEnd, actor, { id });
  }
}
