import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { ApiKeyDto, ApiKeyListDto, CreatedApiKeyDto, ErrorCode, Role } from '@hospital/contracts';
import { DomainError } from '@hospital/platform';
import { QueryFailedError, Repository } from 'typeorm';
import type { GatewayActor } from '../access/gateway-actor';
import { ApiKeyEntity } from './api-key.entity';
import { apiKeyMatches, apiKeyPrefix, generateApiKey } from './api-key-secret';

/** How stale `last_used_at` may get: it answers "is this key still in use?", not an audit log. */
export const LAST_USED_RESOLUTION_MS = 60_000;

/** The prefix has 32 random bits; a collision is rare but possible, so creation retries. */
const CREATE_ATTEMPTS = 3;

function isUniqueViolation(error: unknown, constraint: string): boolean {
  const driverError = error instanceof QueryFailedError ? (error.driverError as { code?: string; constraint?: string }) : undefined;
  return driverError?.code === '23505' && driverError.constraint === constraint;
}

function toDto(key: ApiKeyEntity): ApiKeyDto {
  return {
    id: key.id,
    name: key.name,
    prefix: key.prefix,
    roles: key.roles,
    createdAt: key.createdAt.toISOString(),
    lastUsedAt: key.lastUsedAt?.toISOString() ?? null,
    revokedAt: key.revokedAt?.toISOString() ?? null,
  };
}

@Injectable()
export class ApiKeysService {
  private readonly log = new Logger(ApiKeysService.name);

  constructor(@InjectRepository(ApiKeyEntity) private readonly keys: Repository<ApiKeyEntity>) {}

  /** The only moment the full key exists outside the caller: it is returned here and never stored. */
  async create(name: string, createdBy: string): Promise<CreatedApiKeyDto> {
    for (let attempt = 1; ; attempt++) {
      const { key, prefix, secretHash } = generateApiKey();
      try {
        const saved = await this.keys.save(
          this.keys.create({ name, prefix, secretHash, roles: [Role.Integration], createdBy, lastUsedAt: null, revokedAt: null }),
        );
        this.log.log(`API key ${saved.prefix} (${saved.id}) created for "${name}" by ${createdBy}`);
        return { ...toDto(saved), key };
      } catch (error) {
        if (attempt >= CREATE_ATTEMPTS || !isUniqueViolation(error, 'uq_api_keys_prefix')) throw error;
      }
    }
  }

  /** Revoked keys stay listed (with `revokedAt`) so admins can see what was cut off and when. */
  async list(): Promise<ApiKeyListDto> {
    const keys = await this.keys.find({ order: { createdAt: 'DESC', id: 'DESC' } });
    return { items: keys.map(toDto) };
  }

  /** Idempotent: revoking a revoked key succeeds and keeps the first revocation time. */
  async revoke(id: string): Promise<void> {
    const result = await this.keys
      .createQueryBuilder()
      .update()
      .set({ revokedAt: () => 'now()' })
      .where('id = :id AND revoked_at IS NULL', { id })
      .execute();
    if (result.affected) {
      this.log.log(`API key ${id} revoked`);
      return;
    }
    if (!(await this.keys.exists({ where: { id } }))) throw DomainError.notFound(ErrorCode.ApiKeyNotFound, 'API key', id);
  }

  /** The actor for a presented key, or null when it is malformed, unknown or revoked. */
  async authenticate(presented: string): Promise<GatewayActor | null> {
    const prefix = apiKeyPrefix(presented);
    if (!prefix) return null;
    const key = await this.keys.findOne({ where: { prefix } });
    if (!key || key.revokedAt || !apiKeyMatches(presented, key.secretHash)) return null;
    await this.touch(key);
    return { id: key.id, kind: 'api_key', roles: key.roles, staffId: null, name: key.name };
  }

  /**
   * Record use at most once per LAST_USED_RESOLUTION_MS: the row we just read says whether it is
   * due, and the WHERE clause keeps concurrent requests on other replicas from writing it again.
   * A failure here must not fail the caller's request.
   */
  private async touch(key: ApiKeyEntity): Promise<void> {
    if (key.lastUsedAt && Date.now() - key.lastUsedAt.getTime() < LAST_USED_RESOLUTION_MS) return;
    try {
      await this.keys
        .createQueryBuilder()
        .update()
        .set({ lastUsedAt: () => 'now()' })
        .where(`id = :id AND (last_used_at IS NULL OR last_used_at < now() - make_interval(secs => :secs))`, {
          id: key.id,
          secs: LAST_USED_RESOLUTION_MS / 1000,
        })
        .execute();
    } catch (error) {
      this.log.warn({ err: error }, `could not record use of API key ${key.id}`);
    }
  }
}
