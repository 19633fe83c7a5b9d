import { BoardStreamResetDto } from '@hospital/contracts';
import { eventually, SseReader } from '@hospital/testing';
import { concatMap, from } from 'rxjs';
import { bearer, LiveGateway, PublishedEvent, received } from './board-live.spec-helper';

/*
 * A client that drops and comes back with Last-Event-ID (what EventSource sends by itself) gets
 * what it missed, in order, once, then the live events; asserted on what the client reads.
 */

const resetOf = (reader: SseReader) => JSON.parse(reader.events[0].data) as BoardStreamResetDto;
const expected = (...events: { seq: number; number: string }[]) => events.map((e) => [e.seq, e.number]);

describe('resuming GET /dispatch/board/stream with Last-Event-ID (real NATS and HTTP)', () => {
  const gateway = new LiveGateway();
  let token: string;
  let n = 0;
  /** A job step of `group` with a number of its own, so what a client got can be compared to what was published. */
  const step = async (group: string | null = 'SURGERY') => {
    const number = `T-${++n}`;
    return { ...(await gateway.publishStep(group, number)), number };
  };
  const resumeAfter = (id: number | string, query = '') => gateway.open(query, { ...bearer(token), 'last-event-id': String(id) });
  /** The feed has delivered up to `event`: a client connecting now finds it behind the seam. */
  const delivered = (event: PublishedEvent) => eventually(`the feed to reach ${event.seq}`, async () => (gateway.eventFeed.position ?? 0) >= event.seq);

  beforeAll(async () => {
    await gateway.start('boardresume');
    token = await gateway.login('dispatcher');
  }, 60_000);

  afterAll(() => gateway.stop(), 30_000);
  afterEach(() => jest.restoreAllMocks());

  it('sends what was published while the client was away, in order, none missed and none twice, then the live events', async () => {
    const first = await gateway.open('', bearer(token));
    const seen = await step('INTERNAL_MEDICINE');
    await first.waitFor('the first event', (e) => e.id === String(seen.seq));
    await first.close();

    const away = [await step('SURGERY'), await step(null), await step('INTERNAL_MEDICINE')];
    await gateway.publish('dispatch.assignment.explained', { id: 'x', group: 'SURGERY' }); // not a board event
    await gateway.publish('deposit.checked-in', { id: 'y' }); // not even dispatch's
    const last = await step('EMERGENCY');
    await delivered(last);

    const back = await resumeAfter(first.events[0].id as string);
    expect(back.response.status).toBe(200);
    const live = await step('SURGERY');
    await back.waitFor('the live event', (e) => e.id === String(live.seq));
    expect(received(back)).toEqual(expected(...away, last, live));
    expect(back.comments[0]).toBe('connected');
  });

  it('applies the group filter to the replayed events as to the live ones', async () => {
    const from = await step('SURGERY');
    const surgery = await step('SURGERY');
    await step('INTERNAL_MEDICINE');
    const none = await step(null);
    await step('EMERGENCY');
    await delivered(none);
    const back = await resumeAfter(from.seq, '?group=SURGERY');
    await step('INTERNAL_MEDICINE');
    const live = await step('SURGERY');
    await back.waitFor('the live surgery event', (e) => e.id === String(live.seq));
    expect(received(back)).toEqual(expected(surgery, none, live));
  });

  it('joins replay and live without a gap or a repeat: events published while the replay is held back come after it, once', async () => {
    const start = await step();
    const away = [await step(), await step(), await step()];
    await delivered(away[2]);

    // The replay's events wait at a gate: whatever is published meanwhile reaches the gateway's
    // feed, and must be held back for this client until the replay is through.
    let open!: () => void;
    const gate = new Promise<void>((resolve) => (open = resolve));
    const replay = gateway.eventFeed.replay.bind(gateway.eventFeed);
    let until = 0;
    jest.spyOn(gateway.eventFeed, 'replay').mockImplementationOnce((after, upTo, limit) => {
      until = upTo;
      return replay(after, upTo, limit).pipe(concatMap((event) => from(gate.then(() => event))));
    });

    const back = await resumeAfter(start.seq);
    const during = [await step(), await step(), await step('EMERGENCY')];
    await delivered(during[2]);
    expect(until).toBe(away[2].seq);
    expect(during[0].seq).toBeGreaterThan(until);
    expect(back.events).toEqual([]);

    open();
    const after = await step();
    await back.waitFor('the event after the replay', (e) => e.id === String(after.seq));
    expect(received(back)).toEqual(expected(...away, ...during, after));
  });

  it('misses nothing and repeats nothing when the client comes back while events keep coming', async () => {
    const from = await step();
    const published: Awaited<ReturnType<typeof step>>[] = [];
    let reader: SseReader | undefined;
    // One publisher, as dispatch's relay: the client reconnects after the first 40 of 150, while the rest follow.
    for (let i = 0; i < 150; i++) {
      published.push(await step(i % 3 === 0 ? null : 'SURGERY'));
      if (i === 40) reader = await resumeAfter(from.seq);
    }
    const back = reader as SseReader;
    await back.waitFor('the last event', (e) => e.id === String(published[149].seq));
    expect(received(back)).toEqual(expected(...published));
  });

  it('takes ?lastEventId= from clients that cannot set the header, and lets the header win when both are sent', async () => {
    const from = await step();
    const next = await step();
    const later = await step();
    await delivered(later);
    const byQuery = await gateway.open(`?lastEventId=${from.seq}`, bearer(token));
    const both = await gateway.open(`?lastEventId=${from.seq}`, { ...bearer(token), 'last-event-id': String(next.seq) });
    await byQuery.waitFor('the later event', (e) => e.id === String(later.seq));
    await both.waitFor('the later event', (e) => e.id === String(later.seq));
    expect(received(byQuery)).toEqual(expected(next, later));
    expect(received(both)).toEqual(expected(later));
  });

  it('sends nothing again to a client whose id is past this gateway’s feed (it came from a replica further on)', async () => {
    const seen = await step();
    await delivered(seen);
    // The stream's end is past the feed's position: an event of another family the feed does not read.
    const beyond = (await gateway.publish('deposit.checked-in', { id: 'z' })).seq;
    const back = await resumeAfter(beyond);
    const live = await step();
    await back.waitFor('the live event', (e) => e.id === String(live.seq));
    expect(received(back)).toEqual(expected(live));
  });

  it('answers an id the stream never reached with a reset, then the live events', async () => {
    const last = await step();
    await delivered(last);
    const back = await resumeAfter(last.seq + 1_000);
    const live = await step();
    await back.waitFor('the live event', (e) => e.id === String(live.seq));
    expect(back.events.map((e) => [e.event, e.id])).toEqual([
      ['reset', String(last.seq)],
      ['dispatch.task.assigned', String(live.seq)],
    ]);
    expect(resetOf(back)).toEqual({ reason: 'UNKNOWN_ID', message: expect.stringContaining(`${last.seq + 1_000}`), reload: '/api/v1/dispatch/board' });
  });

  it.each([
    ['Last-Event-ID: abc', { 'last-event-id': 'abc' }, '', 'Last-Event-ID'],
    ['Last-Event-ID: -1', { 'last-event-id': '-1' }, '', 'Last-Event-ID'],
    ['Last-Event-ID: 12.5', { 'last-event-id': '12.5' }, '', 'Last-Event-ID'],
    ['Last-Event-ID past a safe integer', { 'last-event-id': '9999999999999999' }, '', 'Last-Event-ID'],
    ['Last-Event-ID holding an event uuid (what the stream used to send)', { 'last-event-id': '0193a3c2-5d2e-7b6f-8a3c-1d2e3f4a5b6c' }, '', 'Last-Event-ID'],
    ['?lastEventId=abc', {}, '?lastEventId=abc', 'lastEventId'],
    ['?lastEventId= with 17 digits', {}, '?lastEventId=12345678901234567', 'lastEventId'],
  ])('refuses %s with 400 problem+json naming it', async (_, headers, query, field) => {
    const res = await fetch(gateway.url(`/dispatch/board/stream${query}`), { headers: { ...bearer(token), ...headers } });
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect(await res.json()).toMatchObject({ code: 'VALIDATION_FAILED', errors: [expect.objectContaining({ field })] });
  });
});

describe('resuming when the stream cannot give everything since the id', () => {
  const gateway = new LiveGateway();
  let token: string;
  const resumes = async (outcome: string) =>
    (await gateway.metrics.registry.getSingleMetric('board_stream_resumes_total')!.get()).values.find((v) => v.labels.outcome === outcome)?.value ?? 0;

  beforeAll(async () => {
    await gateway.start('boardreset', { replayMaxEvents: 5 });
    token = await gateway.login('dispatcher');
  }, 60_000);

  afterAll(() => gateway.stop(), 30_000);

  it('sends a reset instead of replaying more than the limit, and then the live events', async () => {
    const from = await gateway.publishStep('SURGERY', 'T-0');
    for (let i = 1; i <= 6; i++) await gateway.publishStep('SURGERY', `T-${i}`);
    const last = await gateway.publishStep('SURGERY', 'T-7');
    await eventually('the feed to reach the last', async () => gateway.eventFeed.position === last.seq);
    const back = await gateway.open('', { ...bearer(token), 'last-event-id': String(from.seq) });
    const live = await gateway.publishStep('SURGERY', 'T-LIVE');
    await back.waitFor('the live event', (e) => e.id === String(live.seq));
    expect(back.events.map((e) => [e.event, e.id])).toEqual([
      ['reset', String(last.seq)],
      ['dispatch.task.assigned', String(live.seq)],
    ]);
    expect(resetOf(back)).toMatchObject({ reason: 'TOO_MANY', reload: '/api/v1/dispatch/board' });
    expect(await resumes('too_many')).toBe(1);
  });

  it('sends a reset for an id older than the stream keeps, then the live events; the reset’s id resumes cleanly', async () => {
    const old = await gateway.publishStep('SURGERY', 'T-OLD');
    await gateway.publishStep('SURGERY', 'T-GONE');
    const kept = await gateway.publishStep('SURGERY', 'T-KEPT');
    await eventually('the feed to reach the last', async () => gateway.eventFeed.position === kept.seq);
    // What retention (EVENTS_MAX_AGE_DAYS) does to old events: the stream now starts at `kept`.
    await gateway.jsm.streams.purge(gateway.names.stream, { seq: kept.seq });

    const back = await gateway.open('', { ...bearer(token), 'last-event-id': String(old.seq) });
    const live = await gateway.publishStep('SURGERY', 'T-LIVE2');
    await back.waitFor('the live event', (e) => e.id === String(live.seq));
    expect(back.events.map((e) => [e.event, e.id])).toEqual([
      ['reset', String(kept.seq)],
      ['dispatch.task.assigned', String(live.seq)],
    ]);
    expect(resetOf(back)).toEqual({ reason: 'EXPIRED', message: expect.stringContaining(`starts at ${kept.seq}`), reload: '/api/v1/dispatch/board' });
    expect(await resumes('expired')).toBe(1);

    // A client that reloaded the board after the reset and drops again resumes from the reset's id.
    const again = await gateway.open('', { ...bearer(token), 'last-event-id': back.events[0].id as string });
    await again.waitFor('the live event, replayed', (e) => e.id === String(live.seq));
    expect(received(again)).toEqual([[live.seq, 'T-LIVE2']]);
    expect(await resumes('replayed')).toBe(1);
  });
});
