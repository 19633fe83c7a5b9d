import { eventually } from './wait';

/** One server-sent event as a client sees it. */
export interface SseEvent {
  /** The `event:` field; `message` when the server sent none. */
  event: string;
  id: string | null;
  /** The `data:` lines joined by newlines. */
  data: string;
}

/**
 * Reads a `text/event-stream` over fetch, as a browser client does when it must send an
 * Authorization header (the native EventSource cannot). Collects events and comment lines as they
 * arrive; `waitFor` waits for a matching event, `close()` disconnects like a closed tab.
 */
export class SseReader {
  readonly events: SseEvent[] = [];
  readonly comments: string[] = [];
  private readonly abort = new AbortController();
  private finished = false;
  private reading: Promise<void> = Promise.resolve();

  private constructor(readonly response: Response) {}

  /** Connects and resolves once the response headers are in; reads the body in the background when the status is 200. */
  static async open(url: string, headers: Record<string, string> = {}): Promise<SseReader> {
    const abort = new AbortController();
    const response = await fetch(url, { headers: { accept: 'text/event-stream', ...headers }, signal: abort.signal });
    const reader = new SseReader(response);
    reader.abort.signal.addEventListener('abort', () => abort.abort());
    if (response.ok && response.body) reader.reading = reader.read(response.body);
    else reader.finished = true;
    return reader;
  }

  /** True once the server ended the stream (or the reader was closed). */
  get ended(): boolean {
    return this.finished;
  }

  /** The first event (already received or still to come) that matches. */
  waitFor(what: string, match: (event: SseEvent) => boolean, timeoutMs = 10_000): Promise<SseEvent> {
    return eventually(what, async () => this.events.find(match), timeoutMs);
  }

  async close(): Promise<void> {
    this.abort.abort();
    await this.reading;
  }

  private async read(body: ReadableStream<Uint8Array>): Promise<void> {
    const decoder = new TextDecoder();
    let buffer = '';
    try {
      for await (const chunk of body as unknown as AsyncIterable<Uint8Array>) {
        buffer += decoder.decode(chunk, { stream: true });
        const blocks = buffer.split(/\r?\n\r?\n/);
        buffer = blocks.pop() ?? '';
        for (const block of blocks) this.parse(block);
      }
    } catch {
      // aborted by close(), or the connection dropped: either way the stream is over
    } finally {
      this.finished = true;
    }
  }

  private parse(block: string): void {
    let event = 'message';
    let id: string | null = null;
    const data: string[] = [];
    for (const line of block.split(/\r?\n/)) {
      if (line.startsWith(':')) {
        this.comments.push(line.slice(1).trim());
        continue;
      }
      const colon = line.indexOf(':');
      const field = colon < 0 ? line : line.slice(0, colon);
      const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
      if (field === 'event') event = value;
      else if (field === 'id') id = value;
      else if (field === 'data') data.push(value);
    }
    if (data.length > 0) this.events.push({ event, id, data: data.join('\n') });
  }
}
