import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import { AddressInfo } from 'node:net';
import { BoardStreamConnection, BoardStreamEvent, createHospitalClient, paginate, ProblemError, withIdempotentRetry } from './index';

/** A local server; `handle` answers every request, `requests` records them. */
async function serve(handle: (req: IncomingMessage, res: ServerResponse) => void) {
  const requests: IncomingMessage[] = [];
  const server: Server = createServer((req, res) => {
    requests.push(req);
    res.setHeader('connection', 'close'); // no keep-alive sockets outliving the suite
    handle(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    baseUrl,
    requests,
    close: () => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}

const json = (res: ServerResponse, status: number, body: unknown, type = 'application/json') => {
  res.writeHead(status, { 'content-type': type, 'x-request-id': 'req-1' });
  res.end(JSON.stringify(body));
};

describe('credentials', () => {
  let server: Awaited<ReturnType<typeof serve>>;
  beforeAll(async () => (server = await serve((_req, res) => json(res, 200, { kind: 'user' }))));
  afterAll(() => server.close());

  const sent = async (auth?: Parameters<typeof createHospitalClient>[0]['auth']) => {
    await createHospitalClient({ baseUrl: server.baseUrl, auth }).api.GET('/api/v1/auth/me');
    const req = server.requests.at(-1)!;
    return { authorization: req.headers.authorization, apiKey: req.headers['x-api-key'] };
  };

  it('sends a token as a bearer, an API key as X-API-Key, and never both', async () => {
    expect(await sent({ token: 't1' })).toEqual({ authorization: 'Bearer t1', apiKey: undefined });
    expect(await sent({ apiKey: 'k1' })).toEqual({ authorization: undefined, apiKey: 'k1' });
    expect(await sent(undefined)).toEqual({ authorization: undefined, apiKey: undefined });
  });

  it('asks getToken on every request', async () => {
    let n = 0;
    const hospital = createHospitalClient({ baseUrl: server.baseUrl, auth: { getToken: async () => `t${++n}` } });
    await hospital.api.GET('/api/v1/auth/me');
    await hospital.api.GET('/api/v1/auth/me');
    expect(server.requests.slice(-2).map((r) => r.headers.authorization)).toEqual(['Bearer t1', 'Bearer t2']);
  });

  it('drops a credential the caller put in headers, keeping the one of auth', async () => {
    await createHospitalClient({ baseUrl: server.baseUrl, auth: { apiKey: 'k2' } }).api.GET('/api/v1/auth/me', { headers: { authorization: 'Bearer sneaky' } });
    expect(server.requests.at(-1)!.headers).toMatchObject({ 'x-api-key': 'k2' });
    expect(server.requests.at(-1)!.headers.authorization).toBeUndefined();
  });

  it('refuses two credentials or none in auth', () => {
    expect(() => createHospitalClient({ baseUrl: server.baseUrl, auth: { token: 't', apiKey: 'k' } as never })).toThrow(TypeError);
    expect(() => createHospitalClient({ baseUrl: server.baseUrl, auth: {} as never })).toThrow(TypeError);
  });
});

describe('errors', () => {
  it('throws a ProblemError with the problem+json fields, or the status alone for another body', async () => {
    const server = await serve((req, res) =>
      req.url?.includes('proxy')
        ? json(res, 502, 'bad gateway', 'text/plain')
        : json(res, 404, { type: 'urn:x', title: 'Not found', status: 404, code: 'TASK_NOT_FOUND', detail: 'no such job', instance: req.url, requestId: 'r9' }, 'application/problem+json'),
    );
    const hospital = createHospitalClient({ baseUrl: server.baseUrl, auth: { token: 't' } });
    const error = await hospital.api.GET('/api/v1/dispatch/tasks/{id}', { params: { path: { id: 'x' } } }).catch((e) => e);
    expect(error).toBeInstanceOf(ProblemError);
    expect(error).toMatchObject({ status: 404, code: 'TASK_NOT_FOUND', detail: 'no such job', errors: [], requestId: 'r9' });
    const proxied = await hospital.api.GET('/api/v1/dispatch/tasks/{id}', { params: { path: { id: 'proxy' } } }).catch((e) => e);
    expect(proxied).toMatchObject({ status: 502, code: 'SERVICE_UNAVAILABLE', requestId: 'req-1' });
    await server.close();
  });
});

describe('paginate', () => {
  it('yields every item of every page once and stops on nextCursor null', async () => {
    const pages: Record<string, { items: number[]; nextCursor: string | null }> = {
      start: { items: [1, 2], nextCursor: 'b' },
      b: { items: [3], nextCursor: 'c' },
      c: { items: [], nextCursor: null },
    };
    const asked: (string | undefined)[] = [];
    const all: number[] = [];
    for await (const n of paginate(async (cursor) => (asked.push(cursor), pages[cursor ?? 'start']))) all.push(n);
    expect(all).toEqual([1, 2, 3]);
    expect(asked).toEqual([undefined, 'b', 'c']);
  });

  it('stops with an error on a cursor seen before instead of looping', async () => {
    const loop = paginate(async () => ({ items: [1], nextCursor: 'same' }));
    await expect((async () => { for await (const _ of loop) { /* drain */ } })()).rejects.toThrow(/twice/);
  });
});

describe('withIdempotentRetry', () => {
  it('retries a retryable failure with the same key and gives up on a final one', async () => {
    const keys: string[] = [];
    let n = 0;
    const result = await withIdempotentRetry(async (key) => {
      keys.push(key);
      if (++n < 3) throw new ProblemError(409, { code: 'IDEMPOTENCY_KEY_IN_USE' });
      return 'created';
    }, { initialDelayMs: 1 });
    expect(result).toBe('created');
    expect(keys).toHaveLength(3);
    expect(new Set(keys).size).toBe(1);
    expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/);

    let calls = 0;
    await expect(withIdempotentRetry(async () => { calls++; throw new ProblemError(400, { code: 'VALIDATION_FAILED' }); }, { initialDelayMs: 1 })).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
    expect(calls).toBe(1);
    await expect(withIdempotentRetry(async (key) => key, { idempotencyKey: 'mine' })).resolves.toBe('mine');
  });
});

describe('boardStream against a local SSE server', () => {
  const event = (id: number): BoardStreamEvent => ({ type: 'dispatch.task.created', eventId: `e${id}`, at: new Date(0).toISOString(), group: 'SURGERY' }) as BoardStreamEvent;

  it('reconnects after a drop with Last-Event-ID, backing off, and surfaces reset', async () => {
    const log: string[] = [];
    let connections = 0;
    const server = await serve((req, res) => {
      connections++;
      log.push(`connect ${req.headers['last-event-id'] ?? '-'} ${req.headers.authorization}`);
      if (connections === 2) return json(res, 503, { status: 503, code: 'SERVICE_UNAVAILABLE' }, 'application/problem+json');
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      if (connections === 1) {
        res.write(`: heartbeat\n\nid: 1\nevent: dispatch.task.created\ndata: ${JSON.stringify(event(1))}\n\n`);
        res.write(`id: 2\nevent: dispatch.task.created\ndata: ${JSON.stringify(event(2))}\n\n`);
        setTimeout(() => res.destroy(), 20); // the connection drops
      } else {
        res.write(`id: 2\nevent: reset\ndata: ${JSON.stringify({ reason: 'EXPIRED', message: 'gone', reload: '/api/v1/dispatch/board' })}\n\n`);
        res.write(`id: 3\nevent: dispatch.task.assigned\ndata: ${JSON.stringify(event(3))}\n\n`);
      }
    });
    const stop = new AbortController();
    const delays: number[] = [];
    const connects: BoardStreamConnection[] = [];
    const hospital = createHospitalClient({ baseUrl: server.baseUrl, auth: { token: 'tk' } });
    const running = hospital.boardStream({
      signal: stop.signal,
      group: 'SURGERY',
      initialDelayMs: 10,
      onConnect: (c) => connects.push(c),
      onDisconnect: (_e, ms) => delays.push(ms),
      onEvent: (e, meta) => {
        log.push(`event ${meta.id} ${meta.type} ${e.eventId}`);
        if (meta.id === '3') stop.abort();
      },
      onReset: (r, meta) => log.push(`reset ${meta.id} ${r.reason}`),
    });
    await running;
    expect(log).toEqual([
      'connect - Bearer tk',
      'event 1 dispatch.task.created e1',
      'event 2 dispatch.task.created e2',
      'connect 2 Bearer tk',
      'connect 2 Bearer tk',
      'reset 2 EXPIRED',
      'event 3 dispatch.task.assigned e3',
    ]);
    expect(server.requests[0].url).toBe('/api/v1/dispatch/board/stream?group=SURGERY');
    expect(delays).toEqual([10, 20]); // the 503 doubled the wait
    expect(connects.map((c) => [c.attempt, c.lastEventId])).toEqual([[1, undefined], [3, '2']]);
    await server.close();
  });

  it('reconnects when drop() cuts the connection, and rejects with the ProblemError of a refusal', async () => {
    let connections = 0;
    const server = await serve((req, res) => {
      connections++;
      if (connections === 3) return json(res, 403, { status: 403, code: 'FORBIDDEN' }, 'application/problem+json');
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      res.write(`id: ${connections}\nevent: dispatch.task.created\ndata: ${JSON.stringify(event(connections))}\n\n`);
    });
    const ids: string[] = [];
    const lastIds: (string | undefined)[] = [];
    let drop: (() => void) | undefined;
    const result = createHospitalClient({ baseUrl: server.baseUrl, auth: { apiKey: 'k' } }).boardStream({
      signal: new AbortController().signal,
      initialDelayMs: 5,
      onConnect: (c) => {
        lastIds.push(c.lastEventId);
        drop = c.drop;
      },
      onEvent: (_e, meta) => {
        ids.push(meta.id);
        setTimeout(() => drop?.(), 5);
      },
    });
    await expect(result).rejects.toMatchObject({ status: 403, code: 'FORBIDDEN' });
    expect(ids).toEqual(['1', '2']);
    expect(lastIds).toEqual([undefined, '1']);
    expect(server.requests.map((r) => r.headers['x-api-key'])).toEqual(['k', 'k', 'k']);
    await server.close();
  });
});
