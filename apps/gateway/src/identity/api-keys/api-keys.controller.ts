import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Post, Req } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiTags,
} from '@nestjs/swagger';
import { ApiKeyListDto, CreateApiKeyDto, CreatedApiKeyDto, ProblemDto, Role, RotateApiKeyDto } from '@hospital/contracts';
import type { Request } from 'express';
import { auditOriginOf } from '../../audit/audit.service';
import { ApiAuth } from '../access/api-auth.decorators';
import { UuidParam } from '../http/uuid-param';
import { ApiKeysService } from './api-keys.service';

/** Keys for hospital systems. Admins only: a key is a standing credential into the platform. */
@ApiTags('auth')
@ApiAuth(Role.Admin)
@Controller('auth/api-keys')
export class ApiKeysController {
  constructor(private readonly apiKeys: ApiKeysService) {}

  @Post()
  @ApiOperation({
    summary: 'Create an API key for a hospital system; the key is shown only in this response',
    description: 'The key belongs to a new system (`systemId`): the id the services record as the creator of what the system sends.',
  })
  @ApiCreatedResponse({ type: CreatedApiKeyDto })
  @ApiBadRequestResponse({ type: ProblemDto, description: 'Invalid name, or an expiry not in the future (code VALIDATION_FAILED)' })
  create(@Body() dto: CreateApiKeyDto, @Req() request: Request): Promise<CreatedApiKeyDto> {
    return this.apiKeys.create(dto, auditOriginOf(request));
  }

  @Post(':id/rotate')
  @ApiOperation({
    summary: "A new key for the same system; the old one keeps working until revoked (DELETE), so the system switches over without a gap",
    description: 'The new key has the same `systemId`: what the system created stays readable by it. Shown only in this response.',
  })
  @ApiParam({ name: 'id', format: 'uuid', description: 'The key being replaced' })
  @ApiCreatedResponse({ type: CreatedApiKeyDto })
  @ApiBadRequestResponse({ type: ProblemDto, description: 'id is not a UUID, or an expiry not in the future (code VALIDATION_FAILED)' })
  @ApiNotFoundResponse({ type: ProblemDto, description: 'No such key (code API_KEY_NOT_FOUND)' })
  @ApiConflictResponse({ type: ProblemDto, description: 'The key is revoked (code CONFLICT)' })
  rotate(@UuidParam('id') id: string, @Body() dto: RotateApiKeyDto, @Req() request: Request): Promise<CreatedApiKeyDto> {
    return this.apiKeys.rotate(id, dto, auditOriginOf(request));
  }

  @Get()
  @ApiOperation({
    summary: 'List API keys, revoked ones included; never the keys themselves',
    description:
      'Admins only. Every key with its system, name, creation, expiry and revocation; the secret itself is never ' +
      'stored in clear and never shown again after it was created or rotated.',
  })
  @ApiOkResponse({ type: ApiKeyListDto })
  list(): Promise<ApiKeyListDto> {
    return this.apiKeys.list();
  }

  @Delete(':id')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({
    summary: 'Revoke an API key: its next request gets 401. Revoking twice is fine.',
    description:
      'Admins only. Takes effect at once: the key’s next request is 401. What the system created stays its own (it ' +
      'belongs to the systemId, which a rotated key keeps). An unknown id is 404 API_KEY_NOT_FOUND.',
  })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiNoContentResponse({ description: 'Revoked' })
  @ApiBadRequestResponse({ type: ProblemDto, description: 'id is not a UUID (code VALIDATION_FAILED)' })
  @ApiNotFoundResponse({ type: ProblemDto, description: 'No such key (code API_KEY_NOT_FOUND)' })
  async revoke(@UuidParam('id') id: string, @Req() request: Request): Promise<void> {
    await this.apiKeys.revoke(id, auditOriginOf(request));
  }
}
