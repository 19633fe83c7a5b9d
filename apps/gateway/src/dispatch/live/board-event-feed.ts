import { BeforeApplicationShutdown, Inject, Injectable, MessageEvent } from '@nestjs/common';
import { DispatchEvent, Group } from '@hospital/contracts';
import { EventFeed, MetricsService } from '@hospital/platform';
import { Gauge } from 'prom-client';
import { defer, EMPTY, filter, finalize, interval, map, merge, Observable, share, startWith, Subject, takeUntil } from 'rxjs';
import { BOARD_STREAM_OPTIONS, BoardStreamOptions, DISPATCH_EVENT_FEED } from './board-stream.options';
import { BoardStreamMessage, concernsGroup, toBoardStreamMessage } from './board-stream-event';

/**
 * The dispatch events of the gateway's one feed (see EventFeed), fanned out to every open board
 * stream: a board client loads `GET /dispatch/board` and then applies what arrives.
 */
@Injectable()
export class BoardEventFeed implements BeforeApplicationShutdown {
  private readonly messages: Observable<BoardStreamMessage>;
  /** Emits once on shutdown: every open stream completes, so the HTTP server can close. */
  private readonly closing = new Subject<void>();
  private openStreams = 0;

  constructor(
    @Inject(DISPATCH_EVENT_FEED) private readonly feed: EventFeed<DispatchEvent>,
    @Inject(BOARD_STREAM_OPTIONS) private readonly options: BoardStreamOptions,
    metrics: MetricsService,
  ) {
    this.messages = feed.events.pipe(
      map(toBoardStreamMessage),
      filter((message): message is BoardStreamMessage => message !== null),
      share(),
    );
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

  /** Whether the feed is receiving events right now. */
  get live(): boolean {
    return this.feed.live;
  }

  beforeApplicationShutdown(): void {
    this.closing.next();
    this.closing.complete();
  }

  /**
   * One client's stream: a comment at once (so the response starts), the board events of its
   * group, a comment heartbeat. Unsubscribing (the client left) releases everything it held.
   */
  stream(group?: Group): Observable<MessageEvent> {
    return defer(() => {
      if (this.feed.stopped || this.closing.closed) return EMPTY;
      this.openStreams++;
      const events = this.messages.pipe(
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
}
