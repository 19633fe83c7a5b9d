import { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { ErrorCode } from '@hospital/contracts';
import { createTestDatabase, freezeDateAt, moveDateTo, natsUrl, TestDatabase, unfreezeDate, uniqueSubjectPrefix } from '@hospital/testing';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { GatewayAppModule } from '../app.module';
import { loadGatewayEnv } from '../config';
import { demoPassword } from '../identity';
import { configureGateway } from './configure-gateway';
import { RATE_LIMIT_WINDOW_SECONDS } from './rate-limits';

/**
 * The gateway's HTTP edge as a hospital's ingress and browsers meet it: the whole app (its guards in
 * app.module.ts's order, configureGateway) on a real database and NATS, driven over HTTP. Small
 * limits here: 3 a minute per caller, 2 per public route, 4 logins. The limits count on Date, which the
 * suite freezes (timers keep running, for pg, NATS and HTTP): every test starts in fresh windows, and a
 * window ends only when a test moves the date.
 */
const LIMITS = { RATE_LIMIT_PER_MINUTE: '3', RATE_LIMIT_PUBLIC_PER_MINUTE: '2', RATE_LIMIT_LOGIN_PER_MINUTE: '4' };
const PORTAL = 'https://portal.hospital.example';
const PROBLEM = /^application\/problem\+json/;

const WINDOW_MS = RATE_LIMIT_WINDOW_SECONDS * 1000;
let now = Date.parse('2001-11-23T08:00:00Z');
const advanceDate = (ms: number) => {
  now += ms;
  moveDateTo(new Date(now).toISOString());
};

interface Gateway {
  app: INestApplication;
  http: ReturnType<typeof request>;
}

async function startGateway(db: TestDatabase, env: Record<string, string>): Promise<Gateway> {
  const gatewayEnv = loadGatewayEnv({
    NODE_ENV: 'test',
    DATABASE_URL: db.url,
    NATS_URL: natsUrl(),
    NATS_SUBJECT_PREFIX: uniqueSubjectPrefix('edge'),
    JWT_SECRET: 'edge-test-secret-that-is-long-enough-0123',
    SEED_DEMO: 'true',
    LOG_LEVEL: 'silent',
    RPC_TIMEOUT_MS: '2000',
    BOARD_FEED_START_TIMEOUT_MS: '100',
    ...LIMITS,
    ...env,
  });
  const moduleRef = await Test.createTestingModule({ imports: [GatewayAppModule.forRoot(gatewayEnv)] }).compile();
  const app = moduleRef.createNestApplication({ logger: ['error'] });
  configureGateway(app);
  await app.init();
  return { app, http: request(app.getHttpServer()) };
}

/** What the ingress adds: the client's address as it saw it (a client may have sent its own list before). */
const from = (forwardedFor: string) => ({ 'X-Forwarded-For': forwardedFor });

/** http_requests_total by "method route status". */
async function requestCounts(http: ReturnType<typeof request>): Promise<Map<string, number>> {
  const text = (await http.get('/metrics').expect(200)).text;
  const counts = new Map<string, number>();
  for (const [, labels, value] of text.matchAll(/^http_requests_total\{(.*)\} (\d+)$/gm)) {
    const label = Object.fromEntries([...labels.matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
    counts.set(`${label.method} ${label.route} ${label.status}`, Number(value));
  }
  return counts;
}

describe('the gateway at the edge (real HTTP, Postgres and NATS)', () => {
  let db: TestDatabase;
  /** Behind one ingress (TRUST_PROXY_HOPS=1), with one browser app allowed. */
  let behindIngress: Gateway;
  /** Reached directly (TRUST_PROXY_HOPS=0), no browser app allowed. */
  let direct: Gateway;
  const tokens: Record<string, string> = {};
  const bearer = (username: string) => ({ Authorization: `Bearer ${tokens[username]}` });
  const complainPublicly = (gateway: Gateway, address: string) =>
    gateway.http.post('/api/v1/feedback/complaints/public').set(from(address)).send({});

  beforeAll(async () => {
    freezeDateAt(new Date(now).toISOString());
    db = await createTestDatabase('gwedge');
    behindIngress = await startGateway(db, { TRUST_PROXY_HOPS: '1', CORS_ORIGINS: `${PORTAL}, https://his.hospital.example` });
    direct = await startGateway(db, { TRUST_PROXY_HOPS: '0' });
    for (const username of ['dispatcher', 'worker', 'admin']) {
      const res = await behindIngress.http
        .post('/api/v1/auth/login')
        .set(from(`192.0.2.${Object.keys(tokens).length + 1}`))
        .send({ username, password: demoPassword(username) })
        .expect(200);
      tokens[username] = res.body.accessToken;
    }
  }, 90_000);

  afterAll(async () => {
    await behindIngress?.app.close();
    await direct?.app.close();
    await db?.drop();
    unfreezeDate();
  });

  beforeEach(() => advanceDate(WINDOW_MS));

  it('takes the client address from X-Forwarded-For through TRUST_PROXY_HOPS proxies only, so a client cannot pick its own', async () => {
    // Behind the ingress: the address the ingress saw and appended.
    await complainPublicly(behindIngress, '203.0.113.1').expect(400);
    await complainPublicly(behindIngress, '203.0.113.1').expect(400);
    await complainPublicly(behindIngress, '203.0.113.1').expect(429);
    // The client made up an address in front of its real one: still its own budget.
    await complainPublicly(behindIngress, '198.51.100.77, 203.0.113.1').expect(429);
    // Another client behind the same ingress has a budget of its own.
    await complainPublicly(behindIngress, '203.0.113.2').expect(400);

    // Without a proxy (TRUST_PROXY_HOPS=0) the client is the TCP peer, whatever X-Forwarded-For says.
    await complainPublicly(direct, '203.0.113.1').expect(400);
    await complainPublicly(direct, '203.0.113.2').expect(400);
    await complainPublicly(direct, '203.0.113.3').expect(429);
  });

  describe('rate limits', () => {
    it('count authenticated traffic per user: two people on one address have a budget each, which follows them to another address', async () => {
      const ward = from('198.51.100.10');
      for (let i = 0; i < 3; i++) await behindIngress.http.get('/api/v1/auth/me').set(ward).set(bearer('dispatcher')).expect(200);
      const limited = await behindIngress.http.get('/api/v1/auth/me').set(ward).set(bearer('dispatcher')).expect(429);
      expect(limited.body.detail).toMatch(/per-caller limit/);
      for (let i = 0; i < 3; i++) await behindIngress.http.get('/api/v1/auth/me').set(ward).set(bearer('worker')).expect(200);
      await behindIngress.http.get('/api/v1/auth/me').set(from('198.51.100.11')).set(bearer('dispatcher')).expect(429);
      // Per route: the same user's budget on another route is untouched.
      await behindIngress.http.get('/api/v1/auth/api-keys').set(ward).set(bearer('admin')).expect(200);
    });

    it('answer 429 problem+json with Retry-After: the seconds left in the window that was hit, named in the detail', async () => {
      const address = '203.0.113.20';
      await complainPublicly(behindIngress, address).expect(400);
      await complainPublicly(behindIngress, address).expect(400);
      advanceDate(15_000);
      const limited = await complainPublicly(behindIngress, address).expect(429);
      expect(limited.headers['content-type']).toMatch(PROBLEM);
      expect(limited.headers['retry-after']).toBe('45');
      expect(Object.keys(limited.headers).filter((h) => h.startsWith('retry-after-'))).toEqual([]);
      expect(limited.body).toMatchObject({ status: 429, code: ErrorCode.RateLimited, instance: '/api/v1/feedback/complaints/public' });
      expect(limited.body.detail).toMatch(/public route limit reached: 2 requests a minute .*RATE_LIMIT_PUBLIC_PER_MINUTE.*retry in 45 s/);
      // Probes and metrics answer whatever the limits say.
      for (let i = 0; i < 4; i++) {
        await behindIngress.http.get('/health/live').set(from(address)).expect(200);
        await behindIngress.http.get('/metrics').set(from(address)).expect(200);
      }
      advanceDate(45_000);
      await complainPublicly(behindIngress, address).expect(400);
    });

    it('give login a limit of its own per address, above the public one: a ward logs in at shift change', async () => {
      const ward = from('198.51.100.20');
      // Four attempts although the public limit is 2 (a malformed body is refused after the limit counted it).
      for (let i = 0; i < 4; i++) await behindIngress.http.post('/api/v1/auth/login').set(ward).send({}).expect(400);
      const limited = await behindIngress.http.post('/api/v1/auth/login').set(ward).send({}).expect(429);
      expect(limited.body.detail).toMatch(/login limit reached: 4 attempts a minute from one address \(RATE_LIMIT_LOGIN_PER_MINUTE\)/);
      // The public routes' budget of that address is its own.
      await complainPublicly(behindIngress, '198.51.100.20').expect(400);
    });

    it('leave out the enum labels every screen loads at start, though public: a whole ward behind one address gets them', async () => {
      const ward = from('198.51.100.30');
      // Past the public limit of 2 and the anonymous one of 3, from one address.
      for (let i = 0; i < 6; i++) await behindIngress.http.get('/api/v1/meta/labels?locale=zh-CN').set(ward).expect(200);
      await complainPublicly(behindIngress, '198.51.100.30').expect(400);
      await complainPublicly(behindIngress, '198.51.100.30').expect(400);
      await complainPublicly(behindIngress, '198.51.100.30').expect(429);
    });

    it('refuse floods without credentials, and floods of rejected credentials, per address before any credential is checked', async () => {
      const anonymous = from('198.51.100.30');
      for (let i = 0; i < 3; i++) await behindIngress.http.get('/api/v1/auth/me').set(anonymous).expect(401);
      const noCredentials = await behindIngress.http.get('/api/v1/auth/me').set(anonymous).expect(429);
      expect(noCredentials.body.detail).toMatch(/without credentials/);

      const guesser = from('198.51.100.31');
      for (let i = 0; i < 3; i++) await behindIngress.http.get('/api/v1/auth/me').set(guesser).set({ Authorization: `Bearer guess-${i}` }).expect(401);
      const guessing = await behindIngress.http.get('/api/v1/dispatch/tasks').set(guesser).set({ 'X-API-Key': 'hsp_guess' }).expect(429);
      expect(guessing.body.detail).toMatch(/too many rejected credentials from this address/);
      // Not even a valid token is looked at from there until the window ends.
      await behindIngress.http.get('/api/v1/auth/me').set(guesser).set(bearer('worker')).expect(429);
      advanceDate(WINDOW_MS);
      await behindIngress.http.get('/api/v1/auth/me').set(guesser).set(bearer('worker')).expect(200);
    });
  });

  describe('CORS', () => {
    it("answers a listed origin's preflight with the API's methods and headers, and exposes the headers clients read", async () => {
      const preflight = await behindIngress.http
        .options('/api/v1/dispatch/tasks')
        .set('Origin', PORTAL)
        .set('Access-Control-Request-Method', 'POST')
        .set('Access-Control-Request-Headers', 'authorization, content-type, idempotency-key')
        .expect(204);
      expect(preflight.headers['access-control-allow-origin']).toBe(PORTAL);
      expect(preflight.headers['access-control-allow-methods'].split(',')).toEqual(expect.arrayContaining(['GET', 'POST', 'PUT', 'PATCH', 'DELETE']));
      expect(preflight.headers['access-control-allow-headers'].toLowerCase().split(',')).toEqual(
        expect.arrayContaining(['authorization', 'content-type', 'x-api-key', 'idempotency-key', 'x-request-id']),
      );
      expect(preflight.headers['access-control-allow-credentials']).toBeUndefined();
      expect(preflight.headers.vary).toMatch(/Origin/);

      const answer = await behindIngress.http.get('/api/v1/auth/me').set('Origin', PORTAL).set(bearer('worker')).expect(200);
      expect(answer.headers['access-control-allow-origin']).toBe(PORTAL);
      expect(answer.headers['access-control-expose-headers'].split(',')).toEqual(expect.arrayContaining(['X-Request-Id', 'Retry-After', 'Location']));
      expect(answer.headers['access-control-allow-credentials']).toBeUndefined();
    });

    it('allows no other origin, and none at all when CORS_ORIGINS is empty', async () => {
      const preflight = (gateway: Gateway, origin: string) =>
        gateway.http.options('/api/v1/auth/login').set('Origin', origin).set('Access-Control-Request-Method', 'POST');
      expect((await preflight(behindIngress, 'https://elsewhere.example')).headers['access-control-allow-origin']).toBeUndefined();
      expect((await preflight(behindIngress, 'https://portal.hospital.example.evil.example')).headers['access-control-allow-origin']).toBeUndefined();
      const other = await behindIngress.http.get('/api/v1/auth/me').set('Origin', 'https://elsewhere.example').set(bearer('worker')).expect(200);
      expect(other.headers['access-control-allow-origin']).toBeUndefined();
      // The listed origin of the other gateway is nobody's here.
      const closed = await preflight(direct, PORTAL);
      expect(closed.status).toBe(204);
      expect(closed.headers['access-control-allow-origin']).toBeUndefined();
    });
  });

  describe('bodies are JSON only', () => {
    it('refuses a form-encoded login and complaint with 415 problem+json naming the header (other sites cannot post them through a browser); body-less POSTs pass', async () => {
      const client = from('198.51.100.40');
      const login = await behindIngress.http.post('/api/v1/auth/login').set(client).type('form').send({ username: 'admin', password: demoPassword('admin') }).expect(415);
      expect(login.headers['content-type']).toMatch(PROBLEM);
      expect(login.body).toMatchObject({ status: 415, code: ErrorCode.UnsupportedMediaType, instance: '/api/v1/auth/login' });
      expect(login.body.detail).toBe('Content-Type must be application/json, not application/x-www-form-urlencoded');

      const complaint = await behindIngress.http
        .post('/api/v1/feedback/complaints/public')
        .set(client)
        .type('form')
        .send({ content: '服务态度差', contactPhone: '13800000000' })
        .expect(415);
      expect(complaint.body.code).toBe(ErrorCode.UnsupportedMediaType);
      await behindIngress.http.post('/api/v1/feedback/complaints/public').set(client).set('Content-Type', 'text/plain').send('{"content":"x"}').expect(415);
      await behindIngress.http.post('/api/v1/feedback/complaints/public').set(client).field('content', 'x').expect(415);

      // The same login as JSON is a login; a body-less action POST goes on to the service (none runs here: 503).
      await behindIngress.http.post('/api/v1/auth/login').set(client).send({ username: 'admin', password: demoPassword('admin') }).expect(200);
      const accept = await behindIngress.http.post(`/api/v1/dispatch/tasks/${randomUUID()}/accept`).set(client).set(bearer('worker')).expect(503);
      expect(accept.body.code).toBe(ErrorCode.ServiceUnavailable);
    });
  });

  it('marks every answer of the API Cache-Control: no-store (a token, a person, a refusal, an unknown path)', async () => {
    const client = from('198.51.100.50');
    const answers = [
      await behindIngress.http.post('/api/v1/auth/login').set(client).send({ username: 'worker', password: demoPassword('worker') }).expect(200),
      await behindIngress.http.get('/api/v1/auth/me').set(client).set(bearer('worker')).expect(200),
      await behindIngress.http.get('/api/v1/auth/api-keys').set(client).expect(401),
      await behindIngress.http.get('/api/v1/no-such-route').set(client).expect(404),
    ];
    expect(answers.map((res) => res.headers['cache-control'])).toEqual(['no-store', 'no-store', 'no-store', 'no-store']);
  });

  it('counts every answer in http_requests_total, refusals included, with the route template or "unmatched"', async () => {
    const client = from('198.51.100.60');
    const before = await requestCounts(behindIngress.http);
    await behindIngress.http.get('/api/v1/auth/me').set(client).expect(401);
    await behindIngress.http.get('/api/v1/auth/api-keys').set(client).set(bearer('worker')).expect(403);
    await behindIngress.http.get(`/api/v1/no-such-route/${randomUUID()}`).set(client).expect(404);
    await complainPublicly(behindIngress, '198.51.100.60').expect(400);
    await complainPublicly(behindIngress, '198.51.100.60').expect(400);
    await complainPublicly(behindIngress, '198.51.100.60').expect(429);
    await behindIngress.http.post('/api/v1/auth/login').set(client).type('form').send({ username: 'x' }).expect(415);
    const after = await requestCounts(behindIngress.http);

    const added = (key: string) => (after.get(key) ?? 0) - (before.get(key) ?? 0);
    expect({
      401: added('GET /api/v1/auth/me 401'),
      403: added('GET /api/v1/auth/api-keys 403'),
      404: added('GET unmatched 404'),
      400: added('POST /api/v1/feedback/complaints/public 400'),
      429: added('POST /api/v1/feedback/complaints/public 429'),
      415: added('POST unmatched 415'),
    }).toEqual({ 401: 1, 403: 1, 404: 1, 400: 2, 429: 1, 415: 1 });
    // An unknown path never becomes a label of its own.
    expect([...after.keys()].filter((key) => key.includes('no-such-route') || key.includes('*'))).toEqual([]);
  });
});
