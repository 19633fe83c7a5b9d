import { BeforeApplicationShutdown, Inject, Injectable, MessageEvent } from '@nestjs/common';
import { BoardStreamResetDto, BoardStreamResetReason, DispatchEvent, Group } from '@hospital/contracts';
import { EventFeed, FeedGap, FeedItem, FeedReplayRefused, MetricsService } from '@hospital/platform';
import { Counter, Gauge } from 'prom-client';
import { defer, EMPTY, filter, finalize, interval, map, merge, Observable, share, startWith, Subject, takeUntil } from 'rxjs';
import { BOARD_STREAM_OPTIONS, BoardStreamOptions, DISPATCH_EVENT_FEED } from './board-stream.options';
import { BoardStreamMessage, concernsGroup, toBoardStreamMessage } from './board-stream-event';

/** A board event with its stream sequence (the SSE id), or a gap in the feed. */
type BoardItem = { kind: 'event'; seq: number; message: BoardStreamMessage } | FeedGap;

/** A replay the stream refused: the client resumes from `seq` after reloading the board. */
type RefusedReplay = { kind: 'reset'; seq: number; reason: BoardStreamResetReason; message: string };

const RELOAD = '/api/v1/dispatch/board';

/** What a client is told when the stream cannot replay everything since its id. */
const REPLAY_RESETS: Record<FeedReplayRefused['reason'], BoardStreamResetReason> = {
  expired: BoardStreamResetReason.Expired,
  'too-many': BoardStreamResetReason.TooMany,
  unknown: BoardStreamResetReason.UnknownId,
  unavailable: BoardStreamResetReason.Unavailable,
};

const GAP_MESSAGES: Record<FeedGap['reason'], string> = {
  'late-start': 'the gateway began reading the event stream only after this stream opened',
  recreated: 'the event stream was created again',
  expired: 'the gateway could not read the event stream for longer than it keeps events',
};

/**
 * The dispatch events of the gateway's one feed (see EventFeed), fanned out to every open board
 * stream: a board client loads `GET /dispatch/board` and then applies what arrives. Each message's
 * SSE id is the event's stream sequence, so a client that comes back with `Last-Event-ID` gets
 * what it missed first (read again from JetStream), then the live events, with nothing missing or
 * repeated at the seam (see `resume`).
 */
@Injectable()
export class BoardEventFeed implements BeforeApplicationShutdown {
  private readonly items: Observable<BoardItem>;
  /** Emits once on shutdown: every open stream completes, so the HTTP server can close. */
  private readonly closing = new Subject<void>();
  private readonly resumes: Counter<'outcome'>;
  private openStreams = 0;

  constructor(
    @Inject(DISPATCH_EVENT_FEED) private readonly feed: EventFeed<DispatchEvent>,
    @Inject(BOARD_STREAM_OPTIONS) private readonly options: BoardStreamOptions,
    metrics: MetricsService,
  ) {
    this.items = feed.items.pipe(
      map(toBoardItem),
      filter((item): item is BoardItem => item !== null),
      share(),
    );
    const gauge: Gauge = new Gauge({
      name: 'board_stream_clients',
      help: 'Open GET /dispatch/board/stream connections on this gateway',
      registers: [metrics.registry],
      collect: () => gauge.set(this.openStreams),
    });
    this.resumes = new Counter({
      name: 'board_stream_resumes_total',
      help: 'Board streams opened with Last-Event-ID, by outcome: replayed, or why a reset was sent instead (expired, too_many, unknown_id, unavailable)',
      labelNames: ['outcome'],
      registers: [metrics.registry],
    });
  }

  /** Open SSE streams on this process. */
  get clients(): number {
    return this.openStreams;
  }

  /** Whether the feed is receiving events right now. */
  get live(): boolean {
    return this.feed.live;
  }

  beforeApplicationShutdown(): void {
    this.closing.next();
    this.closing.complete();
  }

  /**
   * One client's stream: a comment at once (so the response starts), then, when it resumes after
   * `lastEventId`, what it missed, then the board events of its group, and a comment heartbeat.
   * Unsubscribing (the client left) releases everything it held, a replay under way included.
   */
  stream(group?: Group, lastEventId?: number): Observable<MessageEvent> {
    return defer(() => {
      if (this.feed.stopped || this.closing.closed) return EMPTY;
      this.openStreams++;
      const events = lastEventId === undefined ? this.fromNow(group) : this.resume(group, lastEventId);
      const heartbeats = interval(this.options.heartbeatMs).pipe(map((): MessageEvent => ({ comment: 'heartbeat' })));
      return merge(events, heartbeats).pipe(
        startWith<MessageEvent>({ comment: 'connected' }),
        takeUntil(this.closing),
        finalize(() => this.openStreams--),
      );
    });
  }

  /** From now on: the live events, and a reset where the feed lost continuity. */
  private fromNow(group: Group | undefined): Observable<MessageEvent> {
    return new Observable<MessageEvent>((subscriber) => {
      const send = this.sender(group, this.feed.position ?? 0, (event) => subscriber.next(event));
      return this.items.subscribe({ next: send, complete: () => subscriber.complete() });
    });
  }

  /**
   * The seam. The live events are subscribed to first and held back; the feed's position P, read
   * in the same tick, splits the stream: every event up to P has already gone by, every later one
   * is among those held back or still to come. The events in (lastEventId, P] are read again from
   * JetStream and sent, then the held-back ones, then the live ones as they come. Every event goes
   * out once, in stream order, as a cursor (the last sequence sent) drops anything at or before it:
   * a client that was on a replica whose feed was ahead of this one's may come back with an id
   * past P. When the stream cannot replay everything since the id (too old, too many, unknown,
   * unreachable), a `reset` goes first instead, and the live events follow.
   */
  private resume(group: Group | undefined, lastEventId: number): Observable<MessageEvent> {
    return new Observable<MessageEvent>((subscriber) => {
      const held: BoardItem[] = [];
      let replaying = true;
      const position = this.feed.position;
      const send = this.sender(group, lastEventId, (event) => subscriber.next(event));
      const live = this.items.subscribe({ next: (item) => (replaying ? held.push(item) : send(item)), complete: () => subscriber.complete() });
      const goLive = () => {
        replaying = false;
        for (const item of held.splice(0)) send(item);
      };
      const refuse = (reason: BoardStreamResetReason, message: string, resumeFrom: number) => {
        this.resumes.inc({ outcome: reason.toLowerCase() });
        send({ kind: 'reset', seq: resumeFrom, reason, message });
        goLive();
      };
      if (position === null) {
        // The feed has never read the stream: there is no seam to join. The client keeps its id.
        refuse(BoardStreamResetReason.Unavailable, 'the gateway is not reading the event stream yet', lastEventId);
        return live;
      }
      const replay = this.feed
        .replay(lastEventId, position, this.options.replayMaxEvents)
        .pipe(
          map(toBoardItem),
          filter((item): item is BoardItem => item !== null),
        )
        .subscribe({
          next: send,
          error: (error: unknown) => {
            const refused = error instanceof FeedReplayRefused ? error : new FeedReplayRefused('unavailable', 'the event stream cannot be read right now');
            // Live events go on from the feed's position; past the client's own id only if the stream
            // still counts that far (an unknown id belongs to a stream that is gone).
            refuse(REPLAY_RESETS[refused.reason], refused.message, refused.reason === 'unknown' ? position : Math.max(position, lastEventId));
          },
          complete: () => {
            this.resumes.inc({ outcome: 'replayed' });
            goLive();
          },
        });
      return () => {
        replay.unsubscribe();
        live.unsubscribe();
      };
    });
  }

  /**
   * Sends one client its items in order, each once: events after the cursor that concern its
   * group, and a `reset` (a gap, or a refused replay) that moves the cursor to where it resumes.
   */
  private sender(
    group: Group | undefined,
    cursor: number,
    next: (event: MessageEvent) => void,
  ): (item: BoardItem | RefusedReplay) => void {
    return (item) => {
      if (item.kind === 'event') {
        if (item.seq <= cursor) return;
        cursor = item.seq;
        if (concernsGroup(item.message, group)) next({ type: item.message.type, id: String(item.seq), data: item.message.data });
        return;
      }
      const reset =
        item.kind === 'gap'
          ? { reason: BoardStreamResetReason.Interrupted, message: GAP_MESSAGES[item.reason] }
          : { reason: item.reason, message: item.message };
      cursor = item.seq;
      const data: BoardStreamResetDto = { ...reset, reload: RELOAD };
      // Always with an id: Nest numbers a message without one itself, which would send the client back to a wrong place.
      next({ type: 'reset', id: String(item.seq), data });
    };
  }
}

function toBoardItem(item: FeedItem<DispatchEvent>): BoardItem | null {
  if (item.kind === 'gap') return item;
  const message = toBoardStreamMessage(item.event);
  return message && { kind: 'event', seq: item.seq, message };
}
