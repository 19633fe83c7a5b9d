import { BeforeApplicationShutdown, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { EventEnvelope, StreamNames } from '@hospital/contracts';
import { AckPolicy, connect, Consumer, ConsumerConfig, ConsumerMessages, DeliverPolicy, JetStreamManager, JsMsg, NatsConnection, nanos } from 'nats';
import { filter, map, Observable, Subject } from 'rxjs';
import { closeNats } from '../nats/close-nats';

const MAX_RETRY_DELAY_MS = 5_000;
/** How many messages a replay asks JetStream for at a time. */
const REPLAY_BATCH = 500;
/** A replay pull that brings nothing for this long while the stream still promised more has stalled. */
const REPLAY_PULL_EXPIRES_MS = 5_000;

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

/** One event of the feed with its JetStream stream sequence, which orders the feed and can be resumed from. */
export interface FeedEvent<E> {
  kind: 'event';
  seq: number;
  event: E;
}

/**
 * The feed could not carry on right after its position: events may be missing between what it
 * delivered before and what follows. `seq` is its new position (everything after it will follow).
 * - `late-start`: the feed started only after boot had gone on without it (readers were waiting);
 * - `recreated`: the stream now ends before the feed's position (deleted and created again);
 * - `expired`: the stream no longer holds the events after the feed's position (an outage longer than its retention).
 */
export interface FeedGap {
  kind: 'gap';
  seq: number;
  reason: 'late-start' | 'recreated' | 'expired';
}

export type FeedItem<E> = FeedEvent<E> | FeedGap;

/** Why `replay` cannot give what was asked; the reader should start over from the current state. */
export class FeedReplayRefused extends Error {
  constructor(
    readonly reason: 'expired' | 'unknown' | 'too-many' | 'unavailable',
    message: string,
  ) {
    super(message);
    this.name = 'FeedReplayRefused';
  }
}

/**
 * The platform's events, read once per process and typed by the contract (`EventFeed<DispatchEvent>`),
 * for what shows them live rather than acting on them (the board's stream). Not a consumer with an
 * inbox: it delivers each event at most once, from the moment it starts, and nothing is acked.
 *
 * One ordered consumer (ephemeral, in stream order, re-created by the client after a reconnect or a
 * gap). If the stream does not exist yet (the process started before any service), it retries in the
 * background without holding up boot. On shutdown `items` completes and the consumer is deleted
 * from the server at once rather than at its inactivity threshold.
 *
 * Every event carries its stream sequence, and `position` says how far the feed has got: every
 * event of its families up to `position` has been delivered, every later one will be. When its
 * consumer has to be opened again (NATS or the stream was away), the feed goes on right after its
 * position; where it cannot, it says so with a `FeedGap`. `replay` reads a range of the stream
 * again, for a reader that resumes from a sequence it saw earlier.
 */
export class EventFeed<E extends EventEnvelope = EventEnvelope> implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly log = new Logger(EventFeed.name);
  private readonly names: StreamNames;
  private readonly subjects: string[];
  private readonly subject = new Subject<FeedItem<E>>();
  private nc: NatsConnection | null = null;
  private consumer: Consumer | null = null;
  private messages: ConsumerMessages | null = null;
  private loop: Promise<void> | null = null;
  private stopping = false;
  private wakeUp: (() => void) | null = null;
  private consuming = false;
  private delivered: number | null = null;

  constructor(private readonly options: EventFeedOptions) {
    this.names = new StreamNames(options.subjectPrefix);
    this.subjects = options.types.map((type) => this.names.subject(type));
  }

  /** Every event from the feed's start on, with its sequence, in stream order, and the gaps; completes on shutdown. */
  get items(): Observable<FeedItem<E>> {
    return this.subject.asObservable();
  }

  /** The events alone, for a reader that needs neither sequences nor gaps. */
  get events(): Observable<E> {
    return this.items.pipe(
      filter((item): item is FeedEvent<E> => item.kind === 'event'),
      map((item) => item.event),
    );
  }

  /**
   * The stream sequence the feed has delivered up to: its last event's, or where it started (the
   * stream's end when it first opened); null until then. Read it in the same tick as subscribing
   * to `items`: what is at or before it has gone out, what comes after it is still to come.
   */
  get position(): number | null {
    return this.delivered;
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

  /**
   * The events of the feed's families with a sequence in `(after, until]`, read again from the
   * stream with a consumer of their own (deleted at the end, or when the subscriber leaves), in
   * order; each event goes out once. Pass the feed's `position` as `until` and take `items` from
   * then on, and nothing is missing or repeated at the seam. Errors with `FeedReplayRefused`:
   * - `expired`: the stream no longer holds everything after `after` (its retention, EVENTS_MAX_AGE_DAYS);
   * - `unknown`: the stream has never reached `after` (it was created again since);
   * - `too-many`: more than `limit` events of the feed's families follow `after`;
   * - `unavailable`: NATS or the stream cannot be read right now, or the read broke off.
   */
  replay(after: number, until: number, limit: number): Observable<FeedEvent<E>> {
    return new Observable<FeedEvent<E>>((subscriber) => {
      const state = { cancelled: false };
      this.readRange(after, until, limit, state, (event) => subscriber.next(event)).then(
        () => subscriber.complete(),
        (error: unknown) => {
          if (state.cancelled) return;
          if (error instanceof FeedReplayRefused) return subscriber.error(error);
          this.log.warn({ err: error, stream: this.names.stream, after, until }, `${this.options.name}: replay failed`);
          subscriber.error(new FeedReplayRefused('unavailable', 'the event stream cannot be read right now'));
        },
      );
      return () => {
        state.cancelled = true;
      };
    });
  }

  private async readRange(after: number, until: number, limit: number, state: { cancelled: boolean }, emit: (event: FeedEvent<E>) => void): Promise<void> {
    const nc = this.nc;
    if (!nc || nc.isClosed()) throw new FeedReplayRefused('unavailable', 'the event feed is not connected');
    const jsm = await nc.jetstreamManager();
    const { first_seq: first, last_seq: last } = (await jsm.streams.info(this.names.stream)).state;
    if (after > last) throw new FeedReplayRefused('unknown', `the stream has no event ${after} (it ends at ${last})`);
    // Nothing is missing when `after` is just before the first event kept (or the stream is empty after it).
    if (after + 1 < first) throw new FeedReplayRefused('expired', `the stream no longer holds the events after ${after} (it starts at ${first})`);
    if (after >= until || state.cancelled) return;

    const info = await jsm.consumers.add(this.names.stream, this.replayConsumer(after + 1));
    try {
      if (info.num_pending > limit) {
        throw new FeedReplayRefused('too-many', `${info.num_pending} events follow ${after}; a replay sends at most ${limit}`);
      }
      const consumer = await nc.jetstream().consumers.get(this.names.stream, info.name);
      let remaining = info.num_pending;
      let delivered = 0;
      while (remaining > 0 && !state.cancelled) {
        const batch = await consumer.fetch({ max_messages: Math.min(remaining, REPLAY_BATCH), expires: REPLAY_PULL_EXPIRES_MS });
        let received = 0;
        for await (const msg of batch) {
          received++;
          // No acks and no redelivery: a message lost on the way would leave a hole, so count them.
          if (msg.info.deliverySequence !== ++delivered) throw new Error(`replay lost messages before sequence ${msg.seq}`);
          remaining = msg.info.pending;
          if (msg.seq > until || state.cancelled) {
            remaining = 0;
            break;
          }
          // Said once already, when the feed read it live.
          const event = this.parse(msg, { quiet: true });
          if (event) emit({ kind: 'event', seq: msg.seq, event });
          if (msg.seq === until) {
            remaining = 0;
            break;
          }
        }
        if (received === 0 && remaining > 0) throw new Error(`replay stalled after sequence ${after + delivered}`);
      }
    } finally {
      await jsm.consumers.delete(this.names.stream, info.name).catch(() => undefined);
    }
  }

  /** An ephemeral pull consumer of the feed's families from `start` on, read without acks, in memory, gone soon if left behind. */
  private replayConsumer(start: number): Partial<ConsumerConfig> {
    return {
      // One subject as a string: NATS servers before 2.10 know no multi-subject filters.
      ...(this.subjects.length === 1 ? { filter_subject: this.subjects[0] } : { filter_subjects: this.subjects }),
      deliver_policy: DeliverPolicy.StartSequence,
      opt_start_seq: start,
      ack_policy: AckPolicy.None,
      max_deliver: 1,
      mem_storage: true,
      num_replicas: 1,
      inactive_threshold: nanos(30_000),
    };
  }

  private async run(nc: NatsConnection, attempted: () => void): Promise<void> {
    let startedLate = false;
    for (let failures = 0; !this.stopping; ) {
      try {
        const start = await this.startAfter(await nc.jetstreamManager(), startedLate);
        this.consumer = await nc.jetstream().consumers.get(this.names.stream, {
          // One subject as a string: NATS servers before 2.10 know no multi-subject filters.
          filterSubjects: this.subjects.length === 1 ? this.subjects[0] : this.subjects,
          deliver_policy: DeliverPolicy.StartSequence,
          opt_start_seq: start.seq + 1,
        });
        // A deleted stream ends the loop here, to be retried below, instead of inside the client's own long backoff.
        this.messages = await this.consumer.consume({ max_messages: 256, abort_on_missing_resource: true });
        if (this.stopping) this.messages.stop();
        this.consuming = true;
        failures = 0;
        this.delivered = start.seq;
        if (start.gap) this.subject.next({ kind: 'gap', seq: start.seq, reason: start.gap });
        attempted();
        for await (const msg of this.messages) this.forward(msg);
      } catch (error) {
        if (!this.stopping) this.log.warn({ err: error, stream: this.names.stream, failures }, `${this.options.name}: event consumer unavailable; retrying`);
      }
      this.consuming = false;
      this.messages = null;
      // Readers were taken while the feed was not reading: they must hear that it starts late.
      if (this.delivered === null) startedLate = true;
      attempted();
      if (!this.stopping) await this.pause(Math.min(250 * 2 ** failures++, MAX_RETRY_DELAY_MS));
    }
  }

  /**
   * Where the consumer starts: right after the feed's position; the stream's end at the first
   * start; and where the stream no longer continues from the position, at what it holds, with a gap.
   */
  private async startAfter(jsm: JetStreamManager, startedLate: boolean): Promise<{ seq: number; gap?: FeedGap['reason'] }> {
    const { first_seq: first, last_seq: last } = (await jsm.streams.info(this.names.stream)).state;
    const position = this.delivered;
    if (position === null) return startedLate ? { seq: last, gap: 'late-start' } : { seq: last };
    if (last < position) return { seq: last, gap: 'recreated' };
    if (position + 1 < first) return { seq: first - 1, gap: 'expired' };
    return { seq: position };
  }

  private forward(msg: JsMsg): void {
    this.delivered = msg.seq;
    const event = this.parse(msg);
    if (event) this.subject.next({ kind: 'event', seq: msg.seq, event });
  }

  /** Only well-formed envelopes go on: an id and a type, as the outbox writes them. */
  private parse(msg: JsMsg, { quiet = false } = {}): E | null {
    let envelope: E;
    try {
      envelope = JSON.parse(msg.string()) as E;
    } catch {
      if (!quiet) this.log.warn({ subject: msg.subject, seq: msg.seq }, 'ignoring an event that is not JSON');
      return null;
    }
    if (typeof envelope?.id !== 'string' || typeof envelope.type !== 'string') return null;
    return envelope;
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
