import { BeforeApplicationShutdown, Inject, Injectable, Logger, MessageEvent, OnApplicationBootstrap } from '@nestjs/common';
import { EventEnvelope, Group, StreamNames } from '@hospital/contracts';
import { closeNats, ENV, MetricsService } from '@hospital/platform';
import { connect, Consumer, ConsumerMessages, DeliverPolicy, JsMsg, NatsConnection } from 'nats';
import { Gauge } from 'prom-client';
import { defer, EMPTY, filter, finalize, interval, map, merge, Observable, startWith, Subject, takeUntil } from 'rxjs';
import type { GatewayEnv } from '../../config';
import { BOARD_STREAM_OPTIONS, BoardStreamOptions } from './board-stream.options';
import { BoardStreamMessage, concernsGroup, toBoardStreamMessage } from './board-stream-event';

const MAX_RETRY_DELAY_MS = 5_000;

/**
 * The dispatch events, once per gateway process, fanned out to every open board stream.
 *
 * One ordered consumer (ephemeral, no acks, in stream order, re-created by the client after a
 * reconnect or a gap) delivers only events published after it started: a board client loads
 * `GET /dispatch/board` and then applies what arrives. If the stream does not exist yet (the
 * gateway started before any service), it retries in the background without holding up boot.
 */
@Injectable()
export class BoardEventFeed implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly log = new Logger(BoardEventFeed.name);
  private readonly names: StreamNames;
  private readonly events = new Subject<BoardStreamMessage>();
  /** Emits once on shutdown: every open stream completes, so the HTTP server can close. */
  private readonly closing = new Subject<void>();
  private nc: NatsConnection | null = null;
  private consumer: Consumer | null = null;
  private messages: ConsumerMessages | null = null;
  private loop: Promise<void> | null = null;
  private stopping = false;
  private wakeUp: (() => void) | null = null;
  private openStreams = 0;
  private consuming = false;

  constructor(
    @Inject(ENV) private readonly env: GatewayEnv,
    @Inject(BOARD_STREAM_OPTIONS) private readonly options: BoardStreamOptions,
    metrics: MetricsService,
  ) {
    this.names = new StreamNames(env.NATS_SUBJECT_PREFIX);
    const gauge: Gauge = new Gauge({
      name: 'board_stream_clients',
      help: 'Open GET /dispatch/board/stream connections on this gateway',
      registers: [metrics.registry],
      collect: () => gauge.set(this.openStreams),
    });
  }

  /** Open SSE streams on this process. */
  get clients(): number {
    return this.openStreams;
  }

  /** Whether the consumer is receiving events right now. */
  get live(): boolean {
    return this.consuming;
  }

  async onApplicationBootstrap(): Promise<void> {
    const nc = await connect({ servers: this.env.NATS_URL, name: 'gateway-board-events', maxReconnectAttempts: -1, reconnectTimeWait: 500 });
    this.nc = nc;
    let attempted!: () => void;
    const firstAttempt = new Promise<void>((resolve) => (attempted = resolve));
    this.loop = this.run(nc, attempted);
    // Streams opened right after boot should not miss events, so boot waits (briefly) for the consumer.
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([firstAttempt, new Promise((resolve) => (timer = setTimeout(resolve, this.options.startTimeoutMs)))]);
    clearTimeout(timer);
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.stopping = true;
    this.closing.next();
    this.closing.complete();
    this.events.complete();
    this.messages?.stop();
    this.wakeUp?.();
    // An ephemeral consumer would otherwise linger on the server until its inactivity threshold.
    await this.consumer?.delete().catch(() => undefined);
    if (this.nc) await closeNats(this.nc);
    await this.loop;
  }

  /**
   * One client's stream: a comment at once (so the response starts), the board events of its
   * group, a comment heartbeat. Unsubscribing (the client left) releases everything it held.
   */
  stream(group?: Group): Observable<MessageEvent> {
    return defer(() => {
      if (this.stopping) return EMPTY;
      this.openStreams++;
      const events = this.events.pipe(
        filter((message) => concernsGroup(message, group)),
        map((message): MessageEvent => ({ type: message.type, id: message.id, data: message.data })),
      );
      const heartbeats = interval(this.options.heartbeatMs).pipe(map((): MessageEvent => ({ comment: 'heartbeat' })));
      return merge(events, heartbeats).pipe(
        startWith<MessageEvent>({ comment: 'connected' }),
        takeUntil(this.closing),
        finalize(() => this.openStreams--),
      );
    });
  }

  private async run(nc: NatsConnection, attempted: () => void): Promise<void> {
    for (let failures = 0; !this.stopping; ) {
      try {
        this.consumer = await nc.jetstream().consumers.get(this.names.stream, {
          filterSubjects: this.names.subject('dispatch.>'),
          deliver_policy: DeliverPolicy.New,
        });
        // A deleted stream ends the loop here, to be retried below, instead of inside the client's own long backoff.
        this.messages = await this.consumer.consume({ max_messages: 256, abort_on_missing_resource: true });
        if (this.stopping) this.messages.stop();
        this.consuming = true;
        failures = 0;
        attempted();
        for await (const msg of this.messages) this.forward(msg);
      } catch (error) {
        if (!this.stopping) this.log.warn({ err: error, stream: this.names.stream, failures }, 'board event consumer unavailable; retrying');
      }
      this.consuming = false;
      this.messages = null;
      attempted();
      if (!this.stopping) await this.pause(Math.min(250 * 2 ** failures++, MAX_RETRY_DELAY_MS));
    }
  }

  private forward(msg: JsMsg): void {
    let envelope: EventEnvelope;
    try {
      envelope = JSON.parse(msg.string()) as EventEnvelope;
    } catch {
      this.log.warn({ subject: msg.subject }, 'ignoring an event that is not JSON');
      return;
    }
    const message = toBoardStreamMessage(envelope);
    if (message) this.events.next(message);
  }

  /** A delay that shutdown can cut short. */
  private pause(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.wakeUp = done;
    });
  }
}
