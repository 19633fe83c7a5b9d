import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ErrorCode, EventEnvelope, StreamNames } from '@hospital/contracts';
import { v7 as uuidv7 } from 'uuid';
import { DataSource, EntityManager } from 'typeorm';
import { currentRequestId } from '../context/request-context';
import { DomainError } from '../errors/domain-error';
import { IdempotentRequest } from './idempotency';
import { requestHash } from './canonical-json';
import { MESSAGING_OPTIONS, MessagingOptions } from './messaging.options';
import { OutboxRelay } from './outbox-relay';

const OUTBOX_INSERT_CHUNK = 1_000;

/** What a use case gets inside its transaction: the manager to write with, and `emit` for events. */
export interface Transaction {
  manager: EntityManager;
  /** Records an event in the outbox; it is published after, and only if, the transaction commits. */
  emit<T extends EventEnvelope>(type: T['type'], aggregateId: string, payload: T['payload'], version?: number): T;
}

export interface RunOptions<P> {
  /** The message's Idempotency-Key call (see `@Idempotency()`): a retry gets the first answer back. */
  idempotency?: IdempotentRequest | null;
  /**
   * What of the request the stored record is compared on, when the payload itself must not be
   * hashed as it is (an ID number: hashed under the service's key first).
   */
  fingerprint?: (request: unknown) => unknown;
  /**
   * Work done before the transaction and only for a request that will not be answered from a
   * stored response, such as taking the next number of the day outside the transaction's locks.
   * Its result is `work`'s second argument. Should a stored answer expire between the look-up
   * and the transaction, it runs inside the transaction instead, with the transaction's manager.
   */
  prepare?: (manager: EntityManager) => Promise<P>;
}

/**
 * The only way a service changes its data: one transaction per use case, in which the change,
 * its events (outbox) and, for a creating request with an Idempotency-Key, the response are
 * written together, so none exists without the others.
 */
@Injectable()
export class UnitOfWork {
  private readonly names: StreamNames;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(MESSAGING_OPTIONS) private readonly options: MessagingOptions,
    private readonly relay: OutboxRelay,
  ) {
    this.names = new StreamNames(options.env.NATS_SUBJECT_PREFIX);
  }

  async run<T, P = undefined>(work: (tx: Transaction, prepared: P) => Promise<T>, options: RunOptions<P> = {}): Promise<T> {
    const idempotency = this.fingerprinted(options);
    let prepared: { value: P } | null = null;
    if (options.prepare && !(idempotency && (await this.storedAnswer(this.db.manager, idempotency)))) {
      prepared = { value: await options.prepare(this.db.manager) };
    }
    let emitted = false;
    const result = await this.db.transaction(async (manager) => {
      if (idempotency) {
        const replay = await this.claim(manager, idempotency);
        if (replay) return replay.response as T;
      }
      if (options.prepare && !prepared) prepared = { value: await options.prepare(manager) };
      const pending: EventEnvelope[] = [];
      const tx: Transaction = {
        manager,
        emit: (type, aggregateId, payload, version = 1) => {
          const envelope = this.envelope(type, aggregateId, payload, version);
          pending.push(envelope);
          return envelope as never;
        },
      };
      const value = await work(tx, prepared?.value as P);
      await this.writeOutbox(manager, pending);
      emitted = pending.length > 0;
      if (idempotency) await this.remember(manager, idempotency, value);
      return value;
    });
    if (emitted) this.relay.nudge();
    return result;
  }

  private fingerprinted({ idempotency, fingerprint }: RunOptions<unknown>): IdempotentRequest | null {
    if (!idempotency) return null;
    return fingerprint ? { ...idempotency, request: fingerprint(idempotency.request) } : idempotency;
  }

  private envelope(type: string, aggregateId: string, payload: unknown, version: number): EventEnvelope {
    return {
      id: uuidv7(),
      type,
      version,
      occurredAt: new Date().toISOString(),
      source: this.options.service,
      correlationId: currentRequestId() ?? null,
      aggregateId,
      payload,
    };
  }

  private async writeOutbox(manager: EntityManager, events: EventEnvelope[]): Promise<void> {
    // In chunks: one statement may bind at most 65 535 parameters (4 per event).
    for (let start = 0; start < events.length; start += OUTBOX_INSERT_CHUNK) {
      const chunk = events.slice(start, start + OUTBOX_INSERT_CHUNK);
      const values: unknown[] = [];
      const rows = chunk.map((e, i) => {
        values.push(e.id, this.names.subject(e.type), e.aggregateId, JSON.stringify(e));
        return `($${i * 4 + 1}, $${i * 4 + 2}, $${i * 4 + 3}, $${i * 4 + 4})`;
      });
      await manager.query(
        `INSERT INTO "${this.options.schema}"."outbox" ("id", "subject", "aggregate_id", "envelope") VALUES ${rows.join(', ')}`,
        values,
      );
    }
  }

  /**
   * Take the key for this transaction, or answer from an earlier one. A try-lock (not a wait):
   * a second request while the first is still running gets 409 at once instead of a queue.
   */
  private async claim(manager: EntityManager, req: IdempotentRequest): Promise<{ response: unknown } | null> {
    const [{ locked }] = (await manager.query('SELECT pg_try_advisory_xact_lock(hashtext($1), hashtext($2)) AS locked', [
      `${req.scope}|${req.operation}`,
      req.key,
    ])) as [{ locked: boolean }];
    if (!locked) {
      throw new DomainError(ErrorCode.IdempotencyKeyInUse, 'a request with this Idempotency-Key is still being processed; retry shortly');
    }
    const row = await this.storedAnswer(manager, req);
    if (!row) return null;
    if (row.request_hash !== requestHash(req.request)) {
      throw new DomainError(ErrorCode.IdempotencyKeyReused, 'this Idempotency-Key was used with a different request body', {
        errors: [{ field: 'Idempotency-Key', message: 'already used with a different request body' }],
      });
    }
    return { response: row.response };
  }

  /** The first answer stored under the key, unless it has expired. */
  private async storedAnswer(manager: EntityManager, req: IdempotentRequest): Promise<{ request_hash: string; response: unknown } | null> {
    const [row] = (await manager.query(
      `SELECT "request_hash", "response" FROM "${this.options.schema}"."idempotency_keys"
       WHERE "scope" = $1 AND "operation" = $2 AND "key" = $3 AND "expires_at" > now()`,
      [req.scope, req.operation, req.key],
    )) as { request_hash: string; response: unknown }[];
    return row ?? null;
  }

  private async remember(manager: EntityManager, req: IdempotentRequest, response: unknown): Promise<void> {
    await manager.query(
      `INSERT INTO "${this.options.schema}"."idempotency_keys" ("scope", "operation", "key", "request_hash", "response", "expires_at")
       VALUES ($1, $2, $3, $4, $5, now() + make_interval(hours => $6))
       ON CONFLICT ("scope", "operation", "key") DO UPDATE
         SET "request_hash" = EXCLUDED."request_hash", "response" = EXCLUDED."response",
             "created_at" = now(), "expires_at" = EXCLUDED."expires_at"`,
      [req.scope, req.operation, req.key, requestHash(req.request), JSON.stringify(response ?? null), this.options.env.IDEMPOTENCY_TTL_HOURS],
    );
  }
}
