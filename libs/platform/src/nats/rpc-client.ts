import { Inject, Injectable, Logger, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { ClientNats, NatsRecordBuilder } from '@nestjs/microservices';
// Not re-exported from the package root; it is what Nest raises when NATS reports no responders.
import { EmptyResponseException } from '@nestjs/microservices/errors/empty-response.exception';
import { Actor, ErrorCode, ERROR_HTTP_STATUS, RPC_HEADERS, RpcRequest, WireError, isWireError } from '@hospital/contracts';
import { headers as natsHeaders, NatsConnection } from 'nats';
import { firstValueFrom, timeout, TimeoutError } from 'rxjs';
import { currentIdempotencyKey, currentRequestId } from '../context/request-context';

export interface RpcClientOptions {
  servers: string;
  subjectPrefix?: string;
  /** Default time a call may take before the caller gets 504. */
  timeoutMs: number;
  name: string;
}

export const RPC_CLIENT_OPTIONS = Symbol('RPC_CLIENT_OPTIONS');

/** A failed call, carrying the service's error code (or ours, for transport failures). */
export class RpcCallError extends Error {
  override name = 'RpcCallError';
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: WireError['details'],
  ) {
    super(message);
  }
  get status(): number {
    return ERROR_HTTP_STATUS[this.code];
  }
}

class PrefixedClientNats extends ClientNats {
  constructor(
    options: ConstructorParameters<typeof ClientNats>[0],
    private readonly prefix: string,
  ) {
    super(options);
  }
  protected override normalizePattern(pattern: string): string {
    return `${this.prefix}${super.normalizePattern(pattern)}`;
  }
}

/**
 * The only way the gateway talks to services: request/reply over NATS with the caller, the
 * correlation id (and, on a route that honours one, the Idempotency-Key) in headers, and a
 * deadline on every call. Transport failures become
 * SERVICE_UNAVAILABLE (nobody listening) or SERVICE_TIMEOUT (nobody answered in time).
 */
@Injectable()
export class RpcClient implements OnModuleInit, OnApplicationShutdown {
  private readonly client: PrefixedClientNats;
  private readonly log = new Logger(RpcClient.name);

  constructor(@Inject(RPC_CLIENT_OPTIONS) private readonly options: RpcClientOptions) {
    this.client = new PrefixedClientNats(
      { servers: options.servers, name: options.name, maxReconnectAttempts: -1, reconnectTimeWait: 500 },
      options.subjectPrefix ?? '',
    );
  }

  async onModuleInit(): Promise<void> {
    await this.client.connect();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.client.close();
  }

  connection(): NatsConnection | null {
    try {
      return this.client.unwrap<NatsConnection>();
    } catch {
      return null;
    }
  }

  async send<TResult, TData = unknown>(
    pattern: string,
    actor: Actor,
    data: TData,
    opts: { timeoutMs?: number } = {},
  ): Promise<TResult> {
    const headers = natsHeaders();
    const requestId = currentRequestId();
    if (requestId) headers.set(RPC_HEADERS.requestId, requestId);
    const idempotencyKey = currentIdempotencyKey();
    if (idempotencyKey) headers.set(RPC_HEADERS.idempotencyKey, idempotencyKey);
    const record = new NatsRecordBuilder<RpcRequest<TData>>({ actor, data }).setHeaders(headers).build();
    try {
      return await firstValueFrom(
        this.client.send<TResult>(pattern, record).pipe(timeout(opts.timeoutMs ?? this.options.timeoutMs)),
      );
    } catch (error) {
      throw this.toCallError(pattern, error);
    }
  }

  private toCallError(pattern: string, error: unknown): RpcCallError {
    if (isWireError(error)) return new RpcCallError(error.code, error.message, error.details);
    const service = pattern.split('.')[0];
    if (error instanceof TimeoutError) {
      return new RpcCallError(ErrorCode.ServiceTimeout, `The ${service} service did not answer in time`);
    }
    if (error instanceof EmptyResponseException || isNoResponders(error)) {
      return new RpcCallError(ErrorCode.ServiceUnavailable, `The ${service} service is not available`);
    }
    this.log.error({ err: error, pattern }, 'unexpected RPC failure');
    return new RpcCallError(ErrorCode.ServiceUnavailable, `The ${service} service could not handle the request`);
  }
}

function isNoResponders(error: unknown): boolean {
  const code = (error as { code?: string } | null)?.code;
  return code === '503' || code === 'CONNECTION_CLOSED' || code === 'DISCONNECT';
}
