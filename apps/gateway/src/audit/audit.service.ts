import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AUDIT_DEFAULT_PAGE_SIZE, AuditEntryDto, AuditPageDto, AuditQueryDto } from '@hospital/contracts';
import { currentRequestId, DomainError } from '@hospital/platform';
import type { Request } from 'express';
import { isIP } from 'node:net';
import { DataSource, EntityManager } from 'typeorm';
import { GATEWAY_CONFIG, GatewayConfig } from '../config';
import { actorOf, ANONYMOUS_ACTOR } from '../identity/access/gateway-actor';
import { decodeAuditCursor, encodeAuditCursor } from './audit-cursor';
import { sanitizeDetails } from './audit-details';

/** What happened: `action` is `<resource>.<verb>` (`user.create`); details never hold secrets (they are stripped). */
export interface AuditEntry {
  action: string;
  targetType: string;
  targetId: string | null;
  details?: Record<string, unknown>;
}

/** Who did it, from where, under which request. */
export interface AuditOrigin {
  actorId: string;
  actorKind: 'user' | 'api_key' | 'anonymous' | 'system';
  actorName: string;
  ip: string | null;
  requestId: string | null;
}

/** The caller of an HTTP request as AuthGuard established it, its address and its X-Request-Id. */
export function auditOriginOf(request: Request): AuditOrigin {
  const actor = actorOf(request) ?? ANONYMOUS_ACTOR;
  const requestId = (request as Request & { id?: unknown }).id;
  return {
    actorId: actor.id,
    actorKind: actor.kind,
    actorName: actor.name,
    ip: request.ip ?? null,
    requestId: typeof requestId === 'string' ? requestId : (currentRequestId() ?? null),
  };
}

/** What the gateway does by itself (the first admin at start-up, the retention sweep). */
export const SYSTEM_ORIGIN: AuditOrigin = Object.freeze({ actorId: 'system', actorKind: 'system', actorName: 'gateway', ip: null, requestId: null });

const ACTION = /^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)+$/;
const TARGET_TYPE = /^[a-z][a-z0-9_]*$/;
const SWEEP_BATCH = 1_000;
const DAY_MS = 86_400_000;

interface AuditRow {
  id: string;
  at: Date;
  at_key: string;
  actor_id: string;
  actor_kind: AuditOrigin['actorKind'];
  actor_name: string;
  action: string;
  target_type: string;
  target_id: string | null;
  details: Record<string, unknown>;
  ip: string | null;
  request_id: string | null;
}

/** `%`, `_` and `\` are LIKE's own characters: `api_key.` must not match `apixkey.`. */
const likePrefix = (prefix: string) => `${prefix.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * The gateway's audit log (table identity.audit_log): changes made through it and reads of
 * personal data in full. Append-only in the database; only `sweep` deletes, past the retention.
 */
@Injectable()
export class AuditService {
  private readonly log = new Logger(AuditService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(GATEWAY_CONFIG) private readonly config: GatewayConfig,
  ) {}

  /**
   * Writes one entry. With `manager` it is part of the caller's transaction (the change and its
   * entry commit or roll back together); without, it is written on its own at once.
   */
  async record(entry: AuditEntry, origin: AuditOrigin, manager: EntityManager = this.dataSource.manager): Promise<void> {
    if (!ACTION.test(entry.action)) throw new Error(`audit action "${entry.action}" must be <resource>.<verb>, e.g. user.create`);
    if (!TARGET_TYPE.test(entry.targetType)) throw new Error(`audit target type "${entry.targetType}" must be lower_snake_case`);
    await manager.query(
      `INSERT INTO "identity"."audit_log" ("actor_id", "actor_kind", "actor_name", "action", "target_type", "target_id", "details", "ip", "request_id")
       VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb, $8::inet, $9)`,
      [
        origin.actorId,
        origin.actorKind,
        origin.actorName,
        entry.action,
        entry.targetType,
        entry.targetId,
        JSON.stringify(sanitizeDetails(entry.details)),
        // inet refuses anything but an address; a malformed one must not cost the entry.
        origin.ip && isIP(origin.ip) ? origin.ip : null,
        origin.requestId,
      ],
    );
  }

  /** Newest first, filtered; `{ items, nextCursor }` like every list of the API. */
  async list(query: AuditQueryDto): Promise<AuditPageDto> {
    const limit = query.limit ?? AUDIT_DEFAULT_PAGE_SIZE;
    if (query.from && query.to) {
      // Compared by Postgres: to the microsecond, as the filter itself is.
      const [{ after }] = (await this.dataSource.query(`SELECT $2::timestamptz > $1::timestamptz AS "after"`, [query.from, query.to])) as [{ after: boolean }];
      if (!after) throw DomainError.validation([{ field: 'to', message: 'to must be after from' }]);
    }
    const where: string[] = [];
    const params: unknown[] = [];
    const add = (condition: (p: string) => string, value: unknown) => {
      params.push(value);
      where.push(condition(`$${params.length}`));
    };
    if (query.actorId) add((p) => `"actor_id" = ${p}`, query.actorId);
    if (query.action) {
      if (query.action.endsWith('.')) add((p) => `"action" LIKE ${p}`, likePrefix(query.action));
      else add((p) => `"action" = ${p}`, query.action);
    }
    if (query.targetType) add((p) => `"target_type" = ${p}`, query.targetType);
    if (query.targetId) add((p) => `"target_id" = ${p}`, query.targetId);
    if (query.from) add((p) => `"at" >= ${p}::timestamptz`, query.from);
    if (query.to) add((p) => `"at" < ${p}::timestamptz`, query.to);
    if (query.cursor) {
      const { at, id } = decodeAuditCursor(query.cursor);
      params.push(at, id);
      where.push(`("at", "id") < ($${params.length - 1}::timestamptz, $${params.length}::bigint)`);
    }
    params.push(limit + 1);
    const rows = (await this.dataSource.query(
      `SELECT "id", "at", to_char("at" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS "at_key",
              "actor_id", "actor_kind", "actor_name", "action", "target_type", "target_id", "details", host("ip") AS "ip", "request_id"
       FROM "identity"."audit_log"
       ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
       ORDER BY "at" DESC, "id" DESC
       LIMIT $${params.length}`,
      params,
    )) as AuditRow[];
    const items = rows.slice(0, limit);
    const last = items[items.length - 1];
    return {
      items: items.map(toDto),
      nextCursor: rows.length > limit && last ? encodeAuditCursor({ at: last.at_key, id: last.id }) : null,
    };
  }

  /**
   * Deletes the entries older than AUDIT_RETENTION_DAYS before `now`; returns how many. In
   * bounded batches, each its own transaction, claimed with SKIP LOCKED: gateways sweeping at the
   * same moment delete disjoint rows and never wait on each other.
   */
  async sweep(now: Date = new Date()): Promise<number> {
    const cutoff = new Date(now.getTime() - this.config.audit.retentionDays * DAY_MS);
    let total = 0;
    for (;;) {
      const deleted = await this.dataSource.transaction(async (manager) => {
        // The trigger lets a DELETE through only in a transaction that says it is the sweep.
        await manager.query(`SET LOCAL hospital.audit_sweep = 'on'`);
        const [, count] = (await manager.query(
          `DELETE FROM "identity"."audit_log" WHERE "id" IN (
             SELECT "id" FROM "identity"."audit_log" WHERE "at" < $1 ORDER BY "at" LIMIT ${SWEEP_BATCH} FOR UPDATE SKIP LOCKED)`,
          [cutoff],
        )) as [unknown, number];
        return count;
      });
      total += deleted;
      if (deleted < SWEEP_BATCH) break;
    }
    if (total) this.log.log(`deleted ${total} audit entr${total === 1 ? 'y' : 'ies'} older than ${cutoff.toISOString()}`);
    return total;
  }
}

function toDto(row: AuditRow): AuditEntryDto {
  return {
    id: row.id,
    at: row.at.toISOString(),
    actorId: row.actor_id,
    actorKind: row.actor_kind,
    actorName: row.actor_name,
    action: row.action,
    targetType: row.target_type,
    targetId: row.target_id,
    details: row.details,
    ip: row.ip,
    requestId: row.request_id,
  };
}
