import { Body, Controller, Get, HttpCode, HttpStatus, Post } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOkResponse, ApiOperation, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { LoginDto, MeDto, ProblemDto, TokenDto } from '@hospital/contracts';
import { ApiAuthenticated, ApiPublic } from '../access/api-auth.decorators';
import { CurrentActor } from '../access/current-actor.decorator';
import type { GatewayActor } from '../access/gateway-actor';
import { AuthService } from './auth.service';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  /** 200, not 201: logging in creates no resource the client could GET. */
  @Post('login')
  @HttpCode(HttpStatus.OK)
  @ApiPublic()
  @ApiOperation({ summary: 'Exchange username and password for an access token' })
  @ApiOkResponse({ type: TokenDto })
  @ApiBadRequestResponse({ type: ProblemDto, description: 'Malformed body (code VALIDATION_FAILED)' })
  @ApiUnauthorizedResponse({ type: ProblemDto, description: 'Invalid username or password (code UNAUTHENTICATED)' })
  login(@Body() dto: LoginDto): Promise<TokenDto> {
    return this.auth.login(dto);
  }

  @Get('me')
  @ApiAuthenticated()
  @ApiOperation({ summary: 'Who the presented credential (token or API key) belongs to' })
  @ApiOkResponse({ type: MeDto })
  me(@CurrentActor() actor: GatewayActor): MeDto {
    return this.auth.me(actor);
  }
}
