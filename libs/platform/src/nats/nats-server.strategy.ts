import { Logger } from '@nestjs/common';
import { NatsContext, NatsOptions, ServerNats, WritePacket } from '@nestjs/microservices';
import type { Msg, NatsConnection, Subscription } from 'nats';
import { closeNats } from './close-nats';

export interface PlatformNatsServerOptions {
  servers: string;
  /** Queue group: every replica of a service subscribes in it, so NATS spreads requests over them. */
  queue: string;
  subjectPrefix?: string;
  /** How long shutdown waits for requests already being handled. */
  drainTimeoutMs?: number;
}

/**
 * Nest's NATS server with three additions: a subject prefix (isolated test suites on a shared
 * NATS), a connection that keeps reconnecting instead of dying, and a shutdown that stops
 * taking requests, lets in-flight handlers finish and then drains the connection.
 */
export class PlatformNatsServer extends ServerNats {
  private readonly prefix: string;
  private readonly queue: string;
  private readonly drainTimeoutMs: number;
  private readonly subs: Subscription[] = [];
  private closed = false;
  private inFlight = 0;
  private idle: (() => void) | null = null;
  private readonly settlers = new WeakMap<Msg, () => void>();
  private readonly log = new Logger('NatsServer');

  constructor(options: PlatformNatsServerOptions) {
    super({
      servers: options.servers,
      queue: options.queue,
      name: options.queue,
      maxReconnectAttempts: -1,
      reconnectTimeWait: 500,
    } as Required<NatsOptions>['options']);
    this.queue = options.queue;
    this.prefix = options.subjectPrefix ?? '';
    this.drainTimeoutMs = options.drainTimeoutMs ?? 10_000;
  }

  override bindEvents(client: NatsConnection): void {
    const queue = this.queue;
    for (const channel of this.messageHandlers.keys()) {
      const handler = this.getMessageHandler(channel).bind(this);
      this.subs.push(client.subscribe(`${this.prefix}${channel}`, { queue, callback: handler }));
    }
  }

  /**
   * A request counts as in flight until its last reply packet is published, not until
   * `handleMessage` returns: Nest returns as soon as it has the handler's observable, and with
   * interceptors (ours time and log every call) the work only starts when that is subscribed.
   * Counting to the return let shutdown close the database under running creates (seen as 504s in the benchmark's restart run).
   */
  override async handleMessage(channel: string, natsMsg: Msg): Promise<void> {
    this.inFlight++;
    let settled = false;
    const settle = () => {
      if (settled) return;
      settled = true;
      this.inFlight--;
      if (this.inFlight === 0) this.idle?.();
    };
    this.settlers.set(natsMsg, settle);
    try {
      await super.handleMessage(channel, natsMsg);
    } catch (error) {
      settle();
      throw error;
    }
    if (!natsMsg.reply) settle(); // nothing will be published for it
  }

  override getPublisher(natsMsg: Msg, id: string, ctx: NatsContext): (response: WritePacket) => unknown {
    const publish = super.getPublisher(natsMsg, id, ctx);
    return (response: WritePacket) => {
      const published = publish(response);
      // The last packet of an answer says isDisposed; an answer without a handler is one error packet.
      if (response.isDisposed || response.err !== undefined) this.settlers.get(natsMsg)?.();
      return published;
    };
  }

  override async close(): Promise<void> {
    const nc = this.connection();
    if (!nc || this.closed) return;
    this.closed = true;
    // Draining (not unsubscribing) the subscriptions first makes NATS route new requests to the
    // other replicas at once and still hands us the ones it had already sent our way; a plain
    // unsubscribe drops those on the floor and their callers wait for a timeout.
    await Promise.all(this.subs.splice(0).map((sub) => sub.drain()));
    if (this.inFlight > 0) {
      this.log.log(`waiting for ${this.inFlight} in-flight request(s)`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, this.drainTimeoutMs);
        this.idle = () => {
          clearTimeout(timer);
          resolve();
        };
      });
    }
    await closeNats(nc);
  }

  /** The live connection, for health checks. */
  connection(): NatsConnection | null {
    try {
      return this.unwrap<NatsConnection>();
    } catch {
      return null; // not listening yet
    }
  }
}
