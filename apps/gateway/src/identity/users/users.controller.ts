import { Body, Controller, Get, HttpCode, HttpStatus, Patch, Post, Query, Req, Res } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiServiceUnavailableResponse,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { CreatedUserDto, CreateUserDto, ProblemDto, Role, TemporaryPasswordDto, UpdateUserDto, UserDto, UserPageDto, UserQueryDto } from '@hospital/contracts';
import type { Request, Response } from 'express';
import { auditOriginOf } from '../../audit/audit.service';
import { ApiAuth } from '../access/api-auth.decorators';
import { CurrentActor } from '../access/current-actor.decorator';
import type { GatewayActor } from '../access/gateway-actor';
import { UuidParam } from '../http/uuid-param';
import { UserAdmin } from './user-admin.service';
import { UsersQuery } from './users-query.service';

const NOT_FOUND = { type: ProblemDto, description: 'No such account (code USER_NOT_FOUND)' };
const BAD_ID = { type: ProblemDto, description: 'id is not a UUID, or a field is invalid (code VALIDATION_FAILED, naming the field)' };
const SCOPE = 'Admins administer every account; a manager only the center staff’s (dispatcher, worker, desk clerk, supervisor, inspector).';

/** People's accounts. Admins for everyone, managers for the center's own staff. */
@ApiTags('users')
@ApiAuth(Role.Admin, Role.Manager)
@Controller('users')
export class UsersController {
  constructor(
    private readonly admin: UserAdmin,
    private readonly query: UsersQuery,
  ) {}

  @Post()
  @ApiOperation({
    summary: 'Create an account; its one-time password is in the answer only, to be changed at first login',
    description: `${SCOPE} A staff link makes the account act as that staff member (their jobs, their ledger).`,
  })
  @ApiCreatedResponse({ type: CreatedUserDto, headers: { Location: { description: 'The account', schema: { type: 'string' } } } })
  @ApiBadRequestResponse({ type: ProblemDto, description: 'Invalid field (code VALIDATION_FAILED, naming it)' })
  @ApiNotFoundResponse({ type: ProblemDto, description: 'staffId is not in the staff directory (code STAFF_NOT_FOUND)' })
  @ApiConflictResponse({ type: ProblemDto, description: 'Username taken (USERNAME_TAKEN), or the staff member has an account (STAFF_ALREADY_LINKED)' })
  @ApiUnprocessableEntityResponse({ type: ProblemDto, description: 'The staff member is inactive (code BUSINESS_RULE)' })
  @ApiServiceUnavailableResponse({ type: ProblemDto, description: 'The staff directory (dispatch) could not be asked (code SERVICE_UNAVAILABLE)' })
  async create(
    @Body() dto: CreateUserDto,
    @CurrentActor() actor: GatewayActor,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CreatedUserDto> {
    const created = await this.admin.create(dto, actor, auditOriginOf(request));
    response.setHeader('Location', `${request.path.replace(/\/$/, '')}/${created.id}`);
    return created;
  }

  @Get()
  @ApiOperation({
    summary: 'List accounts, newest first, by role, status or staff member',
    description:
      'Admins and managers (a manager changes only the center staff’s accounts, but reads them all). Filter by ' +
      '`role`, `status` (ACTIVE or DISABLED) or `staffId` (who is linked to a staff member); keyset-paged like every ' +
      'list. Never a password or hash.',
  })
  @ApiOkResponse({ type: UserPageDto })
  @ApiBadRequestResponse({ type: ProblemDto, description: 'Invalid filter or cursor (code VALIDATION_FAILED or INVALID_CURSOR, naming the field)' })
  list(@Query() query: UserQueryDto): Promise<UserPageDto> {
    return this.query.list(query);
  }

  @Get(':id')
  @ApiOperation({
    summary: 'One account',
    description:
      'Admins, or a manager. Display name, roles, status, staff link, whether the password is temporary, and whether ' +
      'the hospital identity provider manages the account.',
  })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiOkResponse({ type: UserDto })
  @ApiBadRequestResponse(BAD_ID)
  @ApiNotFoundResponse(NOT_FOUND)
  get(@UuidParam('id') id: string): Promise<UserDto> {
    return this.query.get(id);
  }

  @Patch(':id')
  @ApiOperation({
    summary: 'Change the display name, roles or staff link (null unlinks); effective from the next request of its tokens',
    description: `${SCOPE} Roles of an account of the hospital identity provider are the provider's.`,
  })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiOkResponse({ type: UserDto })
  @ApiBadRequestResponse(BAD_ID)
  @ApiNotFoundResponse({ type: ProblemDto, description: 'No such account (USER_NOT_FOUND) or staff member (STAFF_NOT_FOUND)' })
  @ApiConflictResponse({
    type: ProblemDto,
    description: 'The staff member has an account (STAFF_ALREADY_LINKED), the last administrator would lose the role (LAST_ADMIN), roles are the provider’s (PROVIDER_MANAGED)',
  })
  @ApiUnprocessableEntityResponse({ type: ProblemDto, description: 'The staff member is inactive (code BUSINESS_RULE)' })
  @ApiServiceUnavailableResponse({ type: ProblemDto, description: 'The staff directory (dispatch) could not be asked (code SERVICE_UNAVAILABLE)' })
  update(@UuidParam('id') id: string, @Body() dto: UpdateUserDto, @CurrentActor() actor: GatewayActor, @Req() request: Request): Promise<UserDto> {
    return this.admin.update(id, dto, actor, auditOriginOf(request));
  }

  @Post(':id/disable')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({
    summary: 'Disable an account: its tokens are refused from their next request, it cannot log in. Twice is fine.',
    description:
      'Admins for every account; a manager for the center’s staff accounts only (403 otherwise). The account’s tokens ' +
      'are refused from their next request and it cannot log in until enabled. The last active administrator cannot ' +
      'be disabled (409 LAST_ADMIN), nor one’s own account (422). Recorded in the audit log.',
  })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiOkResponse({ type: UserDto })
  @ApiBadRequestResponse(BAD_ID)
  @ApiNotFoundResponse(NOT_FOUND)
  @ApiConflictResponse({ type: ProblemDto, description: 'The last active administrator (code LAST_ADMIN)' })
  @ApiUnprocessableEntityResponse({ type: ProblemDto, description: 'Your own account (code BUSINESS_RULE)' })
  disable(@UuidParam('id') id: string, @CurrentActor() actor: GatewayActor, @Req() request: Request): Promise<UserDto> {
    return this.admin.disable(id, actor, auditOriginOf(request));
  }

  @Post(':id/enable')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({
    summary: 'Enable a disabled account again (its old tokens stay refused: log in again)',
    description:
      'Admins for every account; a manager for the center’s staff accounts only. The account may log in again; tokens ' +
      'issued before it was disabled stay refused (the session version moved on). Recorded in the audit log.',
  })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiOkResponse({ type: UserDto })
  @ApiBadRequestResponse(BAD_ID)
  @ApiNotFoundResponse(NOT_FOUND)
  enable(@UuidParam('id') id: string, @CurrentActor() actor: GatewayActor, @Req() request: Request): Promise<UserDto> {
    return this.admin.enable(id, actor, auditOriginOf(request));
  }

  @Post(':id/password-reset')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({
    summary: 'A one-time password, shown only in this answer; the account’s sessions end and it must change it at next login',
    description:
      'Admins for every account; a manager for the center’s staff accounts only. For someone who forgot their ' +
      'password or is locked out: every token of the account is refused from now on, and the one-time password (four ' +
      'groups of four characters) opens only POST /auth/password. An account of the hospital identity provider has no ' +
      'password here (409 PROVIDER_MANAGED).',
  })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiOkResponse({ type: TemporaryPasswordDto })
  @ApiBadRequestResponse(BAD_ID)
  @ApiNotFoundResponse(NOT_FOUND)
  @ApiConflictResponse({ type: ProblemDto, description: 'The account signs in at the hospital identity provider (code PROVIDER_MANAGED)' })
  resetPassword(@UuidParam('id') id: string, @CurrentActor() actor: GatewayActor, @Req() request: Request): Promise<TemporaryPasswordDto> {
    return this.admin.resetPassword(id, actor, auditOriginOf(request));
  }
}
