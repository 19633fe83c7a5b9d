import { BoardStreamTicketDto } from '@hospital/contracts';
import { freezeDateAt, moveDateTo, unfreezeDate } from '@hospital/testing';
import { bearer, LiveGateway, received } from './board-live.spec-helper';

/*
 * A browser's EventSource sends no Authorization header: it asks for a one-time ticket with its
 * token, then opens the stream with `?ticket=`. Asserted on what such a client gets back.
 */

describe('board stream tickets (POST /dispatch/board/stream-tickets, GET /dispatch/board/stream?ticket=)', () => {
  const gateway = new LiveGateway();
  let dispatcher: string;
  let n = 0;
  const step = async () => {
    const number = `T-${++n}`;
    return { ...(await gateway.publishStep('SURGERY', number)), number };
  };

  const issue = async (token: string): Promise<{ status: number; body: BoardStreamTicketDto }> => {
    const res = await fetch(gateway.url('/dispatch/board/stream-tickets'), { method: 'POST', headers: bearer(token) });
    return { status: res.status, body: (await res.json()) as BoardStreamTicketDto };
  };
  const ticketOf = async (token: string) => (await issue(token)).body.ticket;
  /** Opens the stream as EventSource does: no headers, the ticket (and the id to resume after) in the URL. */
  const openWith = (ticket: string, query = '') => gateway.open(`?ticket=${encodeURIComponent(ticket)}${query}`);

  beforeAll(async () => {
    await gateway.start('boardticket');
    dispatcher = await gateway.login('dispatcher');
  }, 60_000);

  afterAll(() => gateway.stop(), 30_000);
  afterEach(() => unfreezeDate());

  it('issues a short-lived opaque ticket to a board reader, and to nobody else', async () => {
    const issued = await issue(dispatcher);
    expect(issued.status).toBe(201);
    expect(issued.body).toEqual({ ticket: expect.stringMatching(/^bst_[A-Za-z0-9_-]{43}$/), expiresIn: 60 });
    expect((await issue(await gateway.login('worker'))).status).toBe(403);
    const anonymous = await fetch(gateway.url('/dispatch/board/stream-tickets'), { method: 'POST' });
    expect(anonymous.status).toBe(401);
  });

  it('opens the stream once: the first request streams, the same ticket again is 401', async () => {
    const ticket = await ticketOf(dispatcher);
    const reader = await openWith(ticket);
    expect(reader.response.status).toBe(200);
    expect(reader.response.headers.get('content-type')).toContain('text/event-stream');
    const live = await step();
    await reader.waitFor('the live event', (e) => e.id === String(live.seq));

    const again = await fetch(gateway.url(`/dispatch/board/stream?ticket=${encodeURIComponent(ticket)}`));
    expect(again.status).toBe(401);
    expect(again.headers.get('content-type')).toContain('application/problem+json');
    expect(again.headers.get('www-authenticate')).toBe('Bearer realm="hospital-api", error="invalid_token"');
    expect(await again.json()).toMatchObject({ code: 'UNAUTHENTICATED', detail: expect.stringContaining('used up') });
  });

  it('lets exactly one of two requests presenting a ticket at once have it (the database decides, whatever the replica)', async () => {
    const ticket = await ticketOf(dispatcher);
    const both = await Promise.all([openWith(ticket), openWith(ticket)]);
    expect(both.map((r) => r.response.status).sort()).toEqual([200, 401]);
  });

  it('resumes as a browser does after a drop: a new ticket and ?lastEventId= in the URL of a new EventSource', async () => {
    const first = await openWith(await ticketOf(dispatcher));
    const seen = await step();
    await first.waitFor('the first event', (e) => e.id === String(seen.seq));
    await first.close();
    const missed = [await step(), await step()];
    const back = await openWith(await ticketOf(dispatcher), `&lastEventId=${seen.seq}`);
    const live = await step();
    await back.waitFor('the live event', (e) => e.id === String(live.seq));
    expect(received(back)).toEqual([...missed, live].map((e) => [e.seq, e.number]));
  });

  it('refuses a ticket once its 60 s are up (the gateway’s clock, frozen here)', async () => {
    freezeDateAt('2001-11-23T17:00:00Z');
    const [inTime, late] = [await ticketOf(dispatcher), await ticketOf(dispatcher)];
    moveDateTo('2001-11-23T17:00:59Z');
    expect((await openWith(inTime)).response.status).toBe(200);
    moveDateTo('2001-11-23T17:01:00Z');
    const refused = await openWith(late);
    expect(refused.response.status).toBe(401);
    expect(await refused.response.json()).toMatchObject({ detail: expect.stringContaining('expired') });
  });

  it('refuses an unknown or malformed ticket, a ticket sent with a token, and a token in the URL', async () => {
    expect((await openWith('bst_' + 'A'.repeat(43))).response.status).toBe(401);
    expect((await openWith('not-a-ticket')).response.status).toBe(401);
    const ticket = await ticketOf(dispatcher);
    const withToken = await fetch(gateway.url(`/dispatch/board/stream?ticket=${ticket}`), { headers: bearer(dispatcher) });
    expect(withToken.status).toBe(401);
    expect((await fetch(gateway.url(`/dispatch/board/stream?access_token=${dispatcher}`))).status).toBe(401);
  });

  it('refuses the ticket of an account disabled after it was issued, as it refuses the account’s tokens', async () => {
    const manager = await gateway.login('manager');
    const ticket = await ticketOf(manager);
    const me = (await (await fetch(gateway.url('/auth/me'), { headers: bearer(manager) })).json()) as { id: string };
    const disabled = await fetch(gateway.url(`/users/${me.id}/disable`), { method: 'POST', headers: bearer(await gateway.login('admin')) });
    expect(disabled.status).toBe(200);
    const refused = await openWith(ticket);
    expect(refused.response.status).toBe(401);
    // The ticket itself was good: it is the account behind it that no longer stands.
    expect(await refused.response.json()).toMatchObject({ detail: 'the session has ended: log in again' });
  });
});
