import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { ApiKeyDto, ApiKeyListDto, CreateApiKeyDto, CreatedApiKeyDto, ErrorCode, Role, RotateApiKeyDto } from '@hospital/contracts';
import { DomainError, uniqueViolationOf } from '@hospital/platform';
import { randomUUID } from 'node:crypto';
import { EntityManager, Repository } from 'typeorm';
import { AuditOrigin, AuditService } from '../../audit/audit.service';
import type { GatewayActor } from '../access/gateway-actor';
import { ApiKeyEntity } from './api-key.entity';
import { apiKeyMatches, apiKeyPrefix, generateApiKey } from './api-key-secret';

/** How stale `last_used_at` may get: it answers "is this key still in use?", not an audit log. */
export const LAST_USED_RESOLUTION_MS = 60_000;

/** The prefix has 32 random bits; a collision is rare but possible, so creation retries. */
const CREATE_ATTEMPTS = 3;


function toDto(key: ApiKeyEntity): ApiKeyDto {
  return {
    id: key.id,
    systemId: key.systemId,
    name: key.name,
    prefix: key.prefix,
    roles: key.roles,
    createdAt: key.createdAt.toISOString(),
    lastUsedAt: key.lastUsedAt?.toISOString() ?? null,
    revokedAt: key.revokedAt?.toISOString() ?? null,
    expiresAt: key.expiresAt?.toISOString() ?? null,
    rotatedFrom: key.rotatedFrom,
  };
}

/** An expiry must lie ahead: a key born expired is a mistake, not a credential. */
function expiryOf(expiresAt: string | undefined, now = new Date()): Date | null {
  if (expiresAt === undefined) return null;
  const at = new Date(expiresAt);
  if (at <= now) throw DomainError.validation([{ field: 'expiresAt', message: 'expiresAt must be in the future' }]);
  return at;
}

@Injectable()
export class ApiKeysService {
  private readonly log = new Logger(ApiKeysService.name);

  constructor(
    @InjectRepository(ApiKeyEntity) private readonly keys: Repository<ApiKeyEntity>,
    private readonly audit: AuditService,
  ) {}

  /** The only moment the full key exists outside the caller: it is returned here and never stored. */
  async create(dto: CreateApiKeyDto, origin: AuditOrigin): Promise<CreatedApiKeyDto> {
    const expiresAt = expiryOf(dto.expiresAt);
    return this.keys.manager.transaction(async (manager) => {
      const created = await this.insert(manager, { systemId: randomUUID(), name: dto.name, expiresAt, rotatedFrom: null, createdBy: origin.actorId });
      await this.audit.record({ action: 'api_key.create', targetType: 'api_key', targetId: created.id, details: { name: dto.name, systemId: created.systemId } }, origin, manager);
      return created;
    });
  }

  /**
   * A new key for the same system; the old one keeps working until it is revoked, so the
   * system can switch over without a gap. The system id stays, so what it created stays its own.
   */
  async rotate(id: string, dto: RotateApiKeyDto, origin: AuditOrigin): Promise<CreatedApiKeyDto> {
    return this.keys.manager.transaction(async (manager) => {
      const old = await manager.findOne(ApiKeyEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!old) throw DomainError.notFound(ErrorCode.ApiKeyNotFound, 'API key', id);
      if (old.revokedAt) throw new DomainError(ErrorCode.Conflict, 'the key is revoked: create a new one for the system instead');
      const expiresAt = dto.expiresAt !== undefined ? expiryOf(dto.expiresAt) : old.expiresAt && old.expiresAt > new Date() ? old.expiresAt : null;
      const created = await this.insert(manager, { systemId: old.systemId, name: old.name, expiresAt, rotatedFrom: old.id, createdBy: origin.actorId });
      await this.audit.record({ action: 'api_key.rotate', targetType: 'api_key', targetId: created.id, details: { rotatedFrom: old.id, systemId: old.systemId } }, origin, manager);
      return created;
    });
  }

  private async insert(
    manager: EntityManager,
    fields: Pick<ApiKeyEntity, 'systemId' | 'name' | 'expiresAt' | 'rotatedFrom' | 'createdBy'>,
  ): Promise<CreatedApiKeyDto> {
    for (let attempt = 1; ; attempt++) {
      const { key, prefix, secretHash } = generateApiKey();
      try {
        // A savepoint per attempt: a prefix collision must not abort the surrounding transaction.
        const saved = await manager.transaction((inner) =>
          inner.save(inner.create(ApiKeyEntity, { ...fields, prefix, secretHash, roles: [Role.Integration], lastUsedAt: null, revokedAt: null })),
        );
        this.log.log(`API key ${saved.prefix} (${saved.id}) created for "${saved.name}" (system ${saved.systemId}) by ${fields.createdBy}`);
        return { ...toDto(saved), key };
      } catch (error) {
        if (attempt >= CREATE_ATTEMPTS || uniqueViolationOf(error)?.constraint !== 'uq_api_keys_prefix') throw error;
      }
    }
  }

  /** Revoked keys stay listed (with `revokedAt`) so admins can see what was cut off and when. */
  async list(): Promise<ApiKeyListDto> {
    const keys = await this.keys.find({ order: { createdAt: 'DESC', id: 'DESC' } });
    return { items: keys.map(toDto) };
  }

  /** Idempotent: revoking a revoked key succeeds and keeps the first revocation time. */
  async revoke(id: string, origin: AuditOrigin): Promise<void> {
    await this.keys.manager.transaction(async (manager) => {
      const result = await manager
        .createQueryBuilder()
        .update(ApiKeyEntity)
        .set({ revokedAt: () => 'now()' })
        .where('id = :id AND revoked_at IS NULL', { id })
        .execute();
      if (result.affected) {
        await this.audit.record({ action: 'api_key.revoke', targetType: 'api_key', targetId: id }, origin, manager);
        this.log.log(`API key ${id} revoked`);
        return;
      }
      if (!(await manager.exists(ApiKeyEntity, { where: { id } }))) throw DomainError.notFound(ErrorCode.ApiKeyNotFound, 'API key', id);
    });
  }

  /**
   * The actor for a presented key, or null when it is malformed, unknown, revoked or expired. The
   * actor is the key's system, not the key, so a rotation changes nothing the services see.
   */
  async authenticate(presented: string, now = new Date()): Promise<GatewayActor | null> {
    const prefix = apiKeyPrefix(presented);
    if (!prefix) return null;
    const key = await this.keys.findOne({ where: { prefix } });
    if (!key || key.revokedAt || (key.expiresAt && key.expiresAt <= now) || !apiKeyMatches(presented, key.secretHash)) return null;
    await this.touch(key);
    return { id: key.systemId, kind: 'api_key', roles: key.roles, staffId: null, name: key.name };
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
