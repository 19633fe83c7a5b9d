import { Module } from '@nestjs/common';
import { BoardEventFeed } from './board-event-feed';
import { BOARD_STREAM_OPTIONS, DEFAULT_BOARD_STREAM_OPTIONS } from './board-stream.options';
import { BoardStreamController } from './board-stream.controller';

/** GET /dispatch/board/stream: the dispatch events as server-sent events, from one consumer per gateway process. */
@Module({
  controllers: [BoardStreamController],
  providers: [BoardEventFeed, { provide: BOARD_STREAM_OPTIONS, useValue: DEFAULT_BOARD_STREAM_OPTIONS }],
})
export class BoardLiveModule {}
