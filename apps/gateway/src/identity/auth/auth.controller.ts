import { Body, Controller, Get, HttpCode, HttpStatus, Post, Req, Res } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiForbiddenResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { ChangePasswordDto, LoginDto, MeDto, ProblemDto, TokenDto } from '@hospital/contracts';
import type { Request, Response } from 'express';
import { auditOriginOf } from '../../audit/audit.service';
import { AllowedBeforePasswordChange } from '../access/access.decorators';
import { ApiAuthenticated, ApiPublic } from '../access/api-auth.decorators';
import { CurrentActor } from '../access/current-actor.decorator';
import type { GatewayActor } from '../access/gateway-actor';
import { AuthService, LoginLockedError } from './auth.service';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  /** 200, not 201: logging in creates no resource the client could GET. */
  @Post('login')
  @HttpCode(HttpStatus.OK)
  @ApiPublic()
  @ApiOperation({
    summary: 'Exchange username and password for an access token',
    description:
      'For everyone with an account of the platform (no credential needed). Send the token back as `Authorization: ' +
      'Bearer` until `expiresIn` runs out (JWT_TTL_SECONDS, 8 h by default). With `passwordChangeRequired: true` (a ' +
      'first or reset password) the token opens only POST /auth/password and GET /auth/me. Unknown usernames, wrong ' +
      'passwords and disabled accounts get the same 401; LOGIN_MAX_FAILURES failures for a username, or ' +
      'LOGIN_MAX_FAILURES_PER_ADDRESS from an address, lock it for LOGIN_LOCK_MINUTES (429 LOGIN_LOCKED, even with ' +
      'the right password).',
  })
  @ApiOkResponse({ type: TokenDto })
  @ApiBadRequestResponse({ type: ProblemDto, description: 'Malformed body (code VALIDATION_FAILED)' })
  @ApiUnauthorizedResponse({ type: ProblemDto, description: 'Invalid username or password (code UNAUTHENTICATED)' })
  @ApiTooManyRequestsResponse({
    type: ProblemDto,
    description:
      'Too many failed logins for this username (whether or not it exists) or from this address (code LOGIN_LOCKED), or too many logins from this address (code RATE_LIMITED); wait for Retry-After',
    headers: { 'Retry-After': { description: 'Seconds to wait', schema: { type: 'integer' } } },
  })
  async login(@Body() dto: LoginDto, @Req() request: Request, @Res({ passthrough: true }) response: Response): Promise<TokenDto> {
    try {
      return await this.auth.login(dto, auditOriginOf(request));
    } catch (error) {
      if (error instanceof LoginLockedError) response.setHeader('Retry-After', String(error.lock.retryAfterSeconds));
      throw error;
    }
  }

  @Post('password')
  @HttpCode(HttpStatus.OK)
  @ApiAuthenticated()
  @AllowedBeforePasswordChange()
  @ApiOperation({
    summary: 'Change your own password with the one in use; every other token of yours stops working, the answer is a fresh one',
    description: 'The one route open on a temporary password (besides GET /auth/me). Policy: PASSWORD_MIN_LENGTH characters, not the username, not a commonly used password.',
  })
  @ApiOkResponse({ type: TokenDto })
  @ApiBadRequestResponse({ type: ProblemDto, description: 'The new password breaks the policy (code VALIDATION_FAILED, field newPassword)' })
  @ApiForbiddenResponse({ type: ProblemDto, description: 'An API key (code FORBIDDEN)' })
  @ApiConflictResponse({ type: ProblemDto, description: "The account's password is the hospital identity provider's (code PROVIDER_MANAGED)" })
  @ApiUnprocessableEntityResponse({ type: ProblemDto, description: 'The current password is wrong (code CURRENT_PASSWORD_WRONG, field currentPassword)' })
  changePassword(@Body() dto: ChangePasswordDto, @CurrentActor() actor: GatewayActor, @Req() request: Request): Promise<TokenDto> {
    return this.auth.changePassword(actor, dto, auditOriginOf(request));
  }

  @Get('me')
  @ApiAuthenticated()
  @AllowedBeforePasswordChange()
  @ApiOperation({
    summary: 'Who the presented credential (token or API key) belongs to',
    description:
      'Any valid credential: a person’s token (also on a temporary password) or a hospital system’s API key. Says ' +
      'what the platform will treat the caller as: the user id or the key’s system id, the kind (`user` or ' +
      '`api_key`), the roles, the staff member the account is linked to (a worker’s jobs, a clerk’s handovers), and ' +
      'whether the password must be changed first.',
  })
  @ApiOkResponse({ type: MeDto })
  me(@CurrentActor() actor: GatewayActor): MeDto {
    return this.auth.me(actor);
  }
}
