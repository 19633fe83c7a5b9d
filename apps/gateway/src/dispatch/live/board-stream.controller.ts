import { Controller, MessageEvent, Query, Sse } from '@nestjs/common';
import { ApiExtraModels, ApiOkResponse, ApiOperation, ApiTags, getSchemaPath } from '@nestjs/swagger';
import { BoardQueryDto, BoardStreamEventDto } from '@hospital/contracts';
import { Observable } from 'rxjs';
import { ApiAuth } from '../../identity';
import { BOARD_READERS } from '../board.controller';
import { BoardEventFeed } from './board-event-feed';

@ApiTags('dispatch')
@ApiExtraModels(BoardStreamEventDto)
@Controller('dispatch/board')
export class BoardStreamController {
  constructor(private readonly feed: BoardEventFeed) {}

  @Sse('stream')
  @ApiAuth(...BOARD_READERS)
  @ApiOperation({
    summary: 'The board live: a server-sent event for every job, incident and worker change, as it happens',
    description:
      'Each message: `event:` the event type (e.g. `dispatch.task.assigned`), `id:` the event id, `data:` a BoardStreamEventDto. ' +
      'A `: heartbeat` comment every 15 s keeps proxies from closing the connection. Only changes from the moment of connecting ' +
      'are sent: load `GET /dispatch/board` after connecting (and after every reconnect), then apply the events. With `group`, ' +
      'only events of that group (and those naming none). Authenticate with the `Authorization: Bearer` header: browsers read ' +
      'the stream with fetch() (the native EventSource cannot send headers; tokens in URLs are not accepted, as they end up in logs).',
  })
  @ApiOkResponse({
    description: 'An endless text/event-stream; each `data:` line is one BoardStreamEventDto as JSON',
    content: { 'text/event-stream': { schema: { $ref: getSchemaPath(BoardStreamEventDto) } } },
  })
  stream(@Query() query: BoardQueryDto): Observable<MessageEvent> {
    return this.feed.stream(query.group);
  }
}
