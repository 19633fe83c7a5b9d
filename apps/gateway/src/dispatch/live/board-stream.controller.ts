import { Controller, MessageEvent, Post, Query, Req, Sse } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiCreatedResponse,
  ApiExtraModels,
  ApiHeader,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnauthorizedResponse,
  getSchemaPath,
} from '@nestjs/swagger';
import { BOARD_STREAM_EVENT_ID, BoardStreamEventDto, BoardStreamQueryDto, BoardStreamResetDto, BoardStreamTicketDto, ProblemDto } from '@hospital/contracts';
import { DomainError } from '@hospital/platform';
import type { Request } from 'express';
import { Observable } from 'rxjs';
import { ApiAuth, ApiStreamTicket, CurrentActor, GatewayActor } from '../../identity';
import { BOARD_READERS } from '../board.controller';
import { BoardEventFeed } from './board-event-feed';
import { BOARD_REPLAY_MAX_EVENTS } from './board-stream.options';
import { BOARD_STREAM_TICKET, STREAM_TICKET_TTL_SECONDS, StreamTickets } from './stream-tickets';

const LAST_EVENT_ID = 'Last-Event-ID';

@ApiTags('dispatch')
@ApiExtraModels(BoardStreamEventDto, BoardStreamResetDto)
@Controller('dispatch/board')
export class BoardStreamController {
  constructor(
    private readonly feed: BoardEventFeed,
    private readonly tickets: StreamTickets,
  ) {}

  @Sse('stream')
  @ApiUnauthorizedResponse({
    type: ProblemDto,
    description:
      'Or a `ticket` that is unknown, used up, expired (60 s), sent together with a credential header, or whose account has been ' +
      'disabled or changed its password since it was issued (code UNAUTHENTICATED)',
  })
  @ApiAuth(...BOARD_READERS)
  @ApiStreamTicket(BOARD_STREAM_TICKET)
  @ApiOperation({
    summary: 'The board live: a server-sent event for every job, incident and worker change, resumable after a disconnect',
    description: [
      'Each message: `event:` the event type (e.g. `dispatch.task.assigned`), `id:` the event\'s sequence in the event stream ' +
        '(e.g. `48211`, increasing), `data:` a BoardStreamEventDto. A `: heartbeat` comment every 15 s keeps proxies from closing ' +
        'the connection. With `group`, only events of that group (and those naming none).',
      '**Starting.** Open the stream, then load `GET /dispatch/board`, then apply the events as they come (an event the board ' +
        'already shows changes nothing when applied again).',
      '**Resuming.** Reconnect with the header `Last-Event-ID: <the last id you received>` (EventSource sends it by itself when ' +
        'it reconnects), or with `?lastEventId=` where you cannot set it (a new EventSource object); the header wins when both ' +
        'are sent. You first get every event after that id that passes `group`, in order, then the live ones: none missing, ' +
        `none twice. No need to reload the board. One reconnect replays at most ${BOARD_REPLAY_MAX_EVENTS} dispatch events.`,
      '**`event: reset`.** When the stream cannot give you everything since your id, the first message is `event: reset` ' +
        'with a BoardStreamResetDto, and the live events follow: `EXPIRED` (the id is older than the event stream keeps, ' +
        `EVENTS_MAX_AGE_DAYS), \`TOO_MANY\` (more than ${BOARD_REPLAY_MAX_EVENTS} events since), \`UNKNOWN_ID\` (an id this stream ` +
        'never reached: it was created again), `UNAVAILABLE` (the event stream cannot be read right now). `INTERRUPTED` may ' +
        'also come on an open stream, when the gateway lost events (NATS away longer than the stream keeps them, or the stream ' +
        're-created). On a reset, reload `GET /dispatch/board` and go on applying what follows; the reset\'s `id` is where it follows from.',
      '**Authentication.** Send `Authorization: Bearer <token>` and read the stream with fetch(). The browser\'s EventSource cannot ' +
        'send headers: get a one-time ticket from `POST /dispatch/board/stream-tickets` and open `?ticket=<ticket>` within 60 s ' +
        '(tokens in URLs are refused: they end up in logs). A ticket opens one request; when the connection drops, EventSource ' +
        'retries the same URL, gets 401 and closes (`readyState` 2): then ask for a new ticket and open a new EventSource with ' +
        '`?ticket=<new>&lastEventId=<the last id you received>`.',
    ].join('\n\n'),
  })
  @ApiHeader({
    name: LAST_EVENT_ID,
    required: false,
    description: 'Resume after this SSE id (see above): the decimal `id:` of the last message received. Malformed: 400.',
    schema: { type: 'string', pattern: BOARD_STREAM_EVENT_ID.source, example: '48211' },
  })
  @ApiOkResponse({
    description:
      'An endless text/event-stream; each `data:` line is one BoardStreamEventDto as JSON, or, for `event: reset`, a BoardStreamResetDto',
    content: {
      'text/event-stream': { schema: { oneOf: [{ $ref: getSchemaPath(BoardStreamEventDto) }, { $ref: getSchemaPath(BoardStreamResetDto) }] } },
    },
  })
  @ApiBadRequestResponse({
    type: ProblemDto,
    description: 'A malformed `Last-Event-ID` or `lastEventId` (not an id of this stream), or an unknown `group` (code VALIDATION_FAILED, naming it)',
  })
  stream(@Query() query: BoardStreamQueryDto, @Req() request: Request): Observable<MessageEvent> {
    // Read from the request rather than with @Headers(), which the OpenAPI would list a second time, as required.
    return this.feed.stream(query.group, resumeAfter(request.headers['last-event-id'], query.lastEventId));
  }

  @Post('stream-tickets')
  @ApiAuth(...BOARD_READERS)
  @ApiOperation({
    summary: 'A one-time ticket to open the board stream from a browser’s EventSource',
    description:
      'The native EventSource cannot send the Authorization header, and a token in a URL ends up in logs. Ask for a ticket with ' +
      `your token (no body), then open \`GET /dispatch/board/stream?ticket=<ticket>\` within ${STREAM_TICKET_TTL_SECONDS} s. ` +
      'The ticket is opaque and random, and opens the stream once, on any gateway replica: the first request that presents it ' +
      'uses it up, whatever its outcome, so a ticket that reached a log opens nothing. It stands for the account that asked: if ' +
      'the account is disabled or its password changes before it is used, it is refused with 401. Ask for a new one for every ' +
      'connection (EventSource retries with the old URL; see the stream).',
  })
  @ApiCreatedResponse({ type: BoardStreamTicketDto, description: 'The ticket, shown once' })
  issueTicket(@CurrentActor() actor: GatewayActor): Promise<BoardStreamTicketDto> {
    return this.tickets.issue(actor, BOARD_STREAM_TICKET);
  }
}

/** The id to resume after: the Last-Event-ID header (what EventSource sends on its own), else the `lastEventId` parameter. */
function resumeAfter(header: string | string[] | undefined, parameter: string | undefined): number | undefined {
  // EventSource sends no header before its first id; an empty one says the same.
  const sent = Array.isArray(header) ? header.join(',') : header?.trim();
  const [field, value] = sent ? [LAST_EVENT_ID, sent] : ['lastEventId', parameter];
  if (value === undefined) return undefined;
  const id = BOARD_STREAM_EVENT_ID.test(value) ? Number(value) : NaN;
  if (!Number.isSafeInteger(id)) throw DomainError.validation([{ field, message: `${field} must be an SSE id of this stream: a sequence number such as 48211` }]);
  return id;
}
