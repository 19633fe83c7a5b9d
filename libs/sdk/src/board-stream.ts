import { createParser, type EventSourceMessage } from 'eventsource-parser';
import { applyAuth, type HospitalAuth } from './auth';
import type { components } from './generated/schema';
import { ProblemError } from './problem';
import { isRetryable, sleep } from './retry';

export type BoardStreamEvent = components['schemas']['BoardStreamEventDto'];
export type BoardStreamReset = components['schemas']['BoardStreamResetDto'];
export type Group = components['schemas']['Group'];

/** One connection of the stream, as `onConnect` sees it. */
export interface BoardStreamConnection {
  /** 1 for the first connection, 2 for the first reconnection, ... */
  attempt: number;
  /** The Last-Event-ID this connection was opened with (undefined: from now on). */
  lastEventId: string | undefined;
  /** Cuts this connection as a network failure would; the stream then reconnects by itself (for tests and "reconnect now"). */
  drop(): void;
}

export interface BoardStreamOptions {
  /** Only this group's events (dispatchers of one group); all groups when omitted. */
  group?: Group;
  /** Stops the stream: the promise returned then resolves. */
  signal: AbortSignal;
  /** Each event once, in stream order; `id` is its stream sequence (the SSE id). */
  onEvent: (event: BoardStreamEvent, meta: { id: string; type: string }) => void;
  /** The stream could not give everything since the last id: reload `GET /dispatch/board`, then go on applying events. */
  onReset?: (reset: BoardStreamReset, meta: { id: string | undefined }) => void;
  /** Resume after this id (e.g. one kept from an earlier session). */
  lastEventId?: string;
  onConnect?: (connection: BoardStreamConnection) => void;
  /** A connection ended or failed; the next try comes after `retryInMs`. */
  onDisconnect?: (error: unknown, retryInMs: number) => void;
  /** Wait before the first reconnection (default 500 ms); doubles on every failure in a row, up to maxDelayMs (default 30 s). */
  initialDelayMs?: number;
  maxDelayMs?: number;
}

export interface StreamContext {
  baseUrl: string;
  auth: HospitalAuth | undefined;
  fetch: typeof fetch;
}

/** An error the stream does not retry: refused (401, 403, 400) or thrown by a handler. */
class FinalError {
  constructor(readonly reason: unknown) {}
}

/**
 * Reads the board stream (SSE over fetch, the credential in a header) until `signal` aborts,
 * reconnecting after every dropped connection with `Last-Event-ID` = the last id seen, with
 * exponential backoff. Resolves when aborted; rejects with a ProblemError when the API refuses
 * the stream (401, 403, 400), or with what a handler threw.
 */
export async function runBoardStream(context: StreamContext, options: BoardStreamOptions): Promise<void> {
  const { signal } = options;
  const initialDelay = options.initialDelayMs ?? 500;
  const maxDelay = options.maxDelayMs ?? 30_000;
  let lastEventId = options.lastEventId;
  let delay = initialDelay;
  const url = new URL('/api/v1/dispatch/board/stream', context.baseUrl);
  if (options.group) url.searchParams.set('group', options.group);

  for (let attempt = 1; !signal.aborted; attempt++) {
    const connection = new AbortController();
    const stop = () => connection.abort();
    signal.addEventListener('abort', stop, { once: true });
    let failure: unknown;
    try {
      const headers = new Headers({ accept: 'text/event-stream' });
      if (lastEventId !== undefined) headers.set('last-event-id', lastEventId);
      await applyAuth(headers, context.auth);
      const response = await context.fetch(url, { headers, signal: connection.signal });
      if (!response.ok) {
        const problem = await ProblemError.fromResponse(response);
        throw isRetryable(problem) ? problem : new FinalError(problem);
      }
      if (!response.body) throw new Error('the board stream answered without a body');
      options.onConnect?.({ attempt, lastEventId, drop: () => connection.abort() });
      const parser = createParser({
        onEvent(message: EventSourceMessage) {
          try {
            if (message.id !== undefined) lastEventId = message.id;
            if (message.event === 'reset') options.onReset?.(JSON.parse(message.data) as BoardStreamReset, { id: message.id });
            else options.onEvent(JSON.parse(message.data) as BoardStreamEvent, { id: message.id ?? '', type: message.event ?? 'message' });
          } catch (error) {
            throw new FinalError(error);
          }
        },
      });
      const reader = response.body.getReader();
      const decoder = new TextDecoder();
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        delay = initialDelay; // the connection works: the next drop starts the backoff over
        parser.feed(decoder.decode(value, { stream: true }));
      }
      failure = new Error('the board stream ended');
    } catch (error) {
      if (error instanceof FinalError) {
        signal.removeEventListener('abort', stop);
        connection.abort();
        throw error.reason;
      }
      failure = error;
    } finally {
      signal.removeEventListener('abort', stop);
    }
    if (signal.aborted) return;
    options.onDisconnect?.(failure, delay);
    try {
      await sleep(delay, signal);
    } catch {
      return; // aborted while waiting
    }
    delay = Math.min(delay * 2, maxDelay);
  }
}
