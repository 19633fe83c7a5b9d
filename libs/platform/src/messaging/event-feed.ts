import { BeforeApplicationShutdown, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { EventEnvelope, StreamNames } from '@hospital/contracts';
import { connect, Consumer, ConsumerMessages, DeliverPolicy, JsMsg, NatsConnection } from 'nats';
import { Observable, Subject } from 'rxjs';
import { closeNats } from '../nats/close-nats';

const MAX_RETRY_DELAY_MS = 5_000;

export interface EventFeedOptions {
  servers: string;
  /** NATS_SUBJECT_PREFIX: the feed reads this platform's stream. */
  subjectPrefix: string;
  /** The event families to read, as event-type patterns, e.g. `['dispatch.>']`. */
  types: string[];
  /** The NATS connection's name, as monitoring shows it. */
  name: string;
  /** How long boot waits for the first attempt to open the consumer before going on without it. */
  startTimeoutMs: number;
}

/**
 * The platform's events, read once per process and typed by the contract (`EventFeed<DispatchEvent>`),
 * for what shows them live rather than acting on them (the board's stream). Not a consumer with an
 * inbox: it delivers each event at most once, from the moment it starts, and nothing is acked.
 *
 * One ordered consumer (ephemeral, in stream order, re-created by the client after a reconnect or a
 * gap). If the stream does not exist yet (the process started before any service), it retries in the
 * background without holding up boot. On shutdown `events` completes and the consumer is deleted
 * from the server at once rather than at its inactivity threshold.
 */
export class EventFeed<E extends EventEnvelope = EventEnvelope> implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly log = new Logger(EventFeed.name);
  private readonly names: StreamNames;
  private readonly subject = new Subject<E>();
  private nc: NatsConnection | null = null;
  private consumer: Consumer | null = null;
  private messages: ConsumerMessages | null = null;
  private loop: Promise<void> | null = null;
  private stopping = false;
  private wakeUp: (() => void) | null = null;
  private consuming = false;

  constructor(private readonly options: EventFeedOptions) {
    this.names = new StreamNames(options.subjectPrefix);
  }

  /** Every event from the feed's start on, in stream order; completes on shutdown. */
  get events(): Observable<E> {
    return this.subject.asObservable();
  }

  /** Whether the consumer is receiving events right now. */
  get live(): boolean {
    return this.consuming;
  }

  /** Whether shutdown has begun (no new readers should be taken). */
  get stopped(): boolean {
    return this.stopping;
  }

  async onApplicationBootstrap(): Promise<void> {
    const nc = await connect({ servers: this.options.servers, name: this.options.name, maxReconnectAttempts: -1, reconnectTimeWait: 500 });
    this.nc = nc;
    let attempted!: () => void;
    const firstAttempt = new Promise<void>((resolve) => (attempted = resolve));
    this.loop = this.run(nc, attempted);
    // Readers that arrive right after boot should not miss events, so boot waits (briefly) for the consumer.
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([firstAttempt, new Promise((resolve) => (timer = setTimeout(resolve, this.options.startTimeoutMs)))]);
    clearTimeout(timer);
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.stopping = true;
    this.subject.complete();
    this.messages?.stop();
    this.wakeUp?.();
    await this.consumer?.delete().catch(() => undefined);
    if (this.nc) await closeNats(this.nc);
    await this.loop;
  }

  private async run(nc: NatsConnection, attempted: () => void): Promise<void> {
    for (let failures = 0; !this.stopping; ) {
      try {
        const subjects = this.options.types.map((type) => this.names.subject(type));
        this.consumer = await nc.jetstream().consumers.get(this.names.stream, {
          // One subject as a string: NATS servers before 2.10 know no multi-subject filters.
          filterSubjects: subjects.length === 1 ? subjects[0] : subjects,
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
        if (!this.stopping) this.log.warn({ err: error, stream: this.names.stream, failures }, `${this.options.name}: event consumer unavailable; retrying`);
      }
      this.consuming = false;
      this.messages = null;
      attempted();
      if (!this.stopping) await this.pause(Math.min(250 * 2 ** failures++, MAX_RETRY_DELAY_MS));
    }
  }

  /** Only well-formed envelopes go on: an id and a type, as the outbox writes them. */
  private forward(msg: JsMsg): void {
    let envelope: E;
    try {
      envelope = JSON.parse(msg.string()) as E;
    } catch {
      this.log.warn({ subject: msg.subject }, 'ignoring an event that is not JSON');
      return;
    }
    if (typeof envelope?.id !== 'string' || typeof envelope.type !== 'string') return;
    this.subject.next(envelope);
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
