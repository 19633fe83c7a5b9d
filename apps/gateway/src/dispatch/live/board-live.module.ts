import { Module } from '@nestjs/common';
import { DispatchEvent } from '@hospital/contracts';
import { BaseEnv, ENV, EventFeed } from '@hospital/platform';
import { BoardEventFeed } from './board-event-feed';
import { GATEWAY_CONFIG, GatewayConfig } from '../../config';
import { BOARD_REPLAY_MAX_EVENTS, BOARD_STREAM_OPTIONS, BoardStreamOptions, DISPATCH_EVENT_FEED } from './board-stream.options';
import { BoardStreamController } from './board-stream.controller';
import { StreamTicketsModule } from './stream-tickets.module';

/**
 * GET /dispatch/board/stream: the dispatch events as server-sent events, from one feed per gateway
 * process, resumable with Last-Event-ID; POST /dispatch/board/stream-tickets for browsers.
 */
@Module({
  imports: [StreamTicketsModule],
  controllers: [BoardStreamController],
  providers: [
    BoardEventFeed,
    {
      provide: BOARD_STREAM_OPTIONS,
      inject: [GATEWAY_CONFIG],
      useFactory: (config: GatewayConfig): BoardStreamOptions => ({ ...config.boardStream, replayMaxEvents: BOARD_REPLAY_MAX_EVENTS }),
    },
    {
      provide: DISPATCH_EVENT_FEED,
      inject: [ENV, BOARD_STREAM_OPTIONS],
      useFactory: (env: BaseEnv, options: BoardStreamOptions) =>
        new EventFeed<DispatchEvent>({
          servers: env.NATS_URL,
          subjectPrefix: env.NATS_SUBJECT_PREFIX,
          types: ['dispatch.>'],
          name: 'gateway-board-events',
          startTimeoutMs: options.startTimeoutMs,
        }),
    },
  ],
})
export class BoardLiveModule {}
