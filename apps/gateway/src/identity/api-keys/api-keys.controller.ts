import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Post } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiTags,
} from '@nestjs/swagger';
import { ApiKeyListDto, CreateApiKeyDto, CreatedApiKeyDto, ProblemDto, Role } from '@hospital/contracts';
import { ApiAuth } from '../access/api-auth.decorators';
import { CurrentActor } from '../access/current-actor.decorator';
import type { GatewayActor } from '../access/gateway-actor';
import { UuidParam } from '../http/uuid-param';
import { ApiKeysService } from './api-keys.service';

/** Keys for hospital systems. Admins only: a key is a standing credential into the platform. */
@ApiTags('auth')
@ApiAuth(Role.Admin)
@Controller('auth/api-keys')
export class ApiKeysController {
  constructor(private readonly apiKeys: ApiKeysService) {}

  @Post()
  @ApiOperation({ summary: 'Create an API key for a hospital system; the key is shown only in this response' })
  @ApiCreatedResponse({ type: CreatedApiKeyDto })
  @ApiBadRequestResponse({ type: ProblemDto, description: 'Invalid name (code VALIDATION_FAILED)' })
  create(@Body() dto: CreateApiKeyDto, @CurrentActor() actor: GatewayActor): Promise<CreatedApiKeyDto> {
    return this.apiKeys.create(dto.name, actor.id);
  }

  @Get()
  @ApiOperation({ summary: 'List API keys, revoked ones included; never the keys themselves' })
  @ApiOkResponse({ type: ApiKeyListDto })
  list(): Promise<ApiKeyListDto> {
    return this.apiKeys.list();
  }

  @Delete(':id')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'Revoke an API key: its next request gets 401. Revoking twice is fine.' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiNoContentResponse({ description: 'Revoked' })
  @ApiBadRequestResponse({ type: ProblemDto, description: 'id is not a UUID (code VALIDATION_FAILED)' })
  @ApiNotFoundResponse({ type: ProblemDto, description: 'No such key (code API_KEY_NOT_FOUND)' })
  async revoke(@UuidParam('id') id: string): Promise<void> {
    await this.apiKeys.revoke(id);
  }
}
