import { Controller, Get, INestApplication, Logger } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { ErrorCode, Role } from '@hospital/contracts';
import { demoStaffId } from '@hospital/platform';
import { createTestDatabase } from '@hospital/testing';
import type request from 'supertest';
import { DataSource } from 'typeorm';
import type { GatewayEnv } from '../config';
import { IDENTITY_ENTITIES, IDENTITY_MIGRATIONS, IDENTITY_SCHEMA } from '../database/schema';
import { DEMO_USERS, demoPassword } from '../seed/demo-users';
import { DemoUsersSeed } from '../seed/demo-users.seed';
import { ApiKeyEntity } from './api-keys/api-key.entity';
import { IdentityApp, startIdentityApp } from './identity.spec-helper';
import { addIdentitySecurity, ApiAuth, PasswordHasher, UserEntity } from './index';

/** Routes other controllers of the gateway would have: one for systems, one that forgot its decorator. */
@Controller('probe')
class ProbeController {
  @Get('integration')
  @ApiAuth(Role.Integration)
  integration() {
    return { ok: true };
  }

  @Get('forgotten')
  forgotten() {
    return { ok: true };
  }
}

const PROBLEM = /^application\/problem\+json/;

describe('identity (HTTP, real Postgres)', () => {
  let app: INestApplication;
  let env: GatewayEnv;
  let http: ReturnType<typeof request>;
  const tokens: Partial<Record<string, string>> = {};

  const login = (username: string, password = demoPassword(username)) =>
    http.post('/api/v1/auth/login').send({ username, password });
  const bearer = (username: string) => ({ Authorization: `Bearer ${tokens[username]}` });

  let identity: IdentityApp;

  beforeAll(async () => {
    // The timing case fails logins on purpose; lock-outs are the accounts spec's subject.
    identity = await startIdentityApp('identity', { controllers: [ProbeController], env: { LOGIN_MAX_FAILURES: '100' } });
    ({ app, env } = identity);
    http = identity.http;

    for (const username of ['admin', 'dispatcher', 'worker', 'manager']) {
      const res = await login(username).expect(200);
      tokens[username] = res.body.accessToken;
    }
  }, 60_000);

  afterAll(() => identity?.close());

  describe('schema and seed', () => {
    it('creates the tables in schema identity and records the migration there', async () => {
      const ds = app.get(DataSource);
      const tables = await ds.query(`SELECT table_name FROM information_schema.tables WHERE table_schema = 'identity' ORDER BY 1`);
      expect(tables.map((t: { table_name: string }) => t.table_name)).toEqual(['api_keys', 'audit_log', 'login_failures', 'migrations', 'stream_tickets', 'users']);
    });

    it('seeds one user per demo role, and seeding again changes nothing', async () => {
      const users = await app.get(DataSource).getRepository(UserEntity).find({ order: { username: 'ASC' } });
      expect(users.map((u) => [u.username, u.roles])).toEqual(
        [...DEMO_USERS].sort((a, b) => a.username.localeCompare(b.username)).map((u) => [u.username, [u.role]]),
      );
      expect(users.every((u) => u.passwordHash?.startsWith('$argon2id$') && !u.mustChangePassword)).toBe(true);
      await expect(app.get(DemoUsersSeed).addMissing()).resolves.toEqual([]);
      await expect(app.get(DataSource).getRepository(UserEntity).count()).resolves.toBe(DEMO_USERS.length);
    });

    it('can undo its migrations', async () => {
      // On a database of its own, so the app's tables stay in place for the other tests.
      const scratch = await createTestDatabase('identitydown');
      const ds = await new DataSource({
        type: 'postgres',
        url: scratch.url,
        schema: IDENTITY_SCHEMA,
        entities: IDENTITY_ENTITIES,
        migrations: IDENTITY_MIGRATIONS,
        migrationsTableName: 'migrations',
      }).initialize();
      try {
        await ds.query(`CREATE SCHEMA "identity"`);
        await ds.runMigrations();
        for (let i = 0; i < IDENTITY_MIGRATIONS.length; i++) await ds.undoLastMigration();
        const left = await ds.query(`SELECT table_name FROM information_schema.tables WHERE table_schema = 'identity'`);
        // The audit log's append-only trigger function goes with its table.
        const functions = await ds.query(`SELECT p.proname FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = 'identity'`);
        expect(functions).toEqual([]);
        expect(left.map((t: { table_name: string }) => t.table_name)).toEqual(['migrations']);
      } finally {
        await ds.destroy();
        await scratch.drop();
      }
    });
  });

  describe('POST /auth/login', () => {
    it('returns a bearer token with 200, whatever the case of the username', async () => {
      const res = await login('Dispatcher', demoPassword('dispatcher')).expect(200);
      expect(res.body).toEqual({ accessToken: expect.any(String), tokenType: 'Bearer', expiresIn: 600, passwordChangeRequired: false });
      const claims = new JwtService().decode(res.body.accessToken);
      expect(claims).toMatchObject({ roles: [Role.Dispatcher], staffId: demoStaffId('NK001'), name: 'dispatcher', iss: 'hospital-gateway' });
      expect(claims.exp - claims.iat).toBe(600);
    });

    it('gives the same 401 problem for a wrong password, an unknown user and a deactivated account', async () => {
      const users = app.get(DataSource).getRepository(UserEntity);
      await users.save(
        users.create({
          username: 'retired',
          passwordHash: await app.get(PasswordHasher).hash('retired-pass'),
          roles: [Role.Worker],
          displayName: 'Retired',
          staffId: null,
          active: false,
        }),
      );
      const answers = await Promise.all([
        login('dispatcher', 'wrong-password'),
        login('nobody', 'whatever'),
        login('retired', 'retired-pass'),
      ]);
      for (const res of answers) {
        expect(res.status).toBe(401);
        expect(res.headers['content-type']).toMatch(PROBLEM);
        expect(res.body).toMatchObject({ status: 401, code: ErrorCode.Unauthenticated, detail: 'invalid username or password' });
      }
      const strip = (body: Record<string, unknown>) => ({ ...body, requestId: undefined });
      expect(strip(answers[1].body)).toEqual(strip(answers[0].body));
      expect(strip(answers[2].body)).toEqual(strip(answers[0].body));
    });

    it('takes about as long for an unknown user as for a wrong password', async () => {
      const time = async (username: string) => {
        const started = process.hrtime.bigint();
        await login(username, 'wrong-password').expect(401);
        return Number(process.hrtime.bigint() - started) / 1e6;
      };
      const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
      const known: number[] = [];
      const unknown: number[] = [];
      for (let i = 0; i < 5; i++) {
        known.push(await time('manager'));
        unknown.push(await time('no-such-user'));
      }
      // Without the dummy verification an unknown user answers in ~1 ms against argon2's tens of ms.
      expect(median(unknown)).toBeGreaterThan(median(known) * 0.4);
    });

    it('names the missing field in a 400 problem', async () => {
      const res = await http.post('/api/v1/auth/login').send({ password: 'x' }).expect(400);
      expect(res.headers['content-type']).toMatch(PROBLEM);
      expect(res.body.code).toBe(ErrorCode.ValidationFailed);
      expect(res.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'username' })]));
    });
  });

  describe('GET /auth/me', () => {
    it('describes the holder of a token', async () => {
      const res = await http.get('/api/v1/auth/me').set(bearer('dispatcher')).expect(200);
      expect(res.body).toEqual({ id: expect.any(String), kind: 'user', name: 'dispatcher', roles: [Role.Dispatcher], staffId: demoStaffId('NK001'), passwordChangeRequired: false });
    });

    it('links the demo worker, dispatcher and clerk to their demo staff records, and no one else', async () => {
      const worker = await http.get('/api/v1/auth/me').set(bearer('worker')).expect(200);
      expect(worker.body.staffId).toBe(demoStaffId('NK010'));
      const clerk = await login('clerk').expect(200);
      expect(new JwtService().decode(clerk.body.accessToken).staffId).toBe(demoStaffId('NK027'));
      const manager = await http.get('/api/v1/auth/me').set(bearer('manager')).expect(200);
      expect(manager.body.staffId).toBeNull();
    });

    it('asks for credentials with 401 and WWW-Authenticate', async () => {
      const res = await http.get('/api/v1/auth/me').expect(401);
      expect(res.headers['www-authenticate']).toMatch(/^Bearer /);
      expect(res.headers['content-type']).toMatch(PROBLEM);
      expect(res.body.code).toBe(ErrorCode.Unauthenticated);
    });

    it('refuses an expired token', async () => {
      const { sub } = new JwtService().decode(tokens['dispatcher']!);
      const expired = new JwtService({ secret: env.JWT_SECRET }).sign(
        { sub, roles: [Role.Dispatcher], staffId: demoStaffId('NK001'), name: 'dispatcher', sv: 0, exp: Math.floor(Date.now() / 1000) - 5 },
        { issuer: 'hospital-gateway', audience: 'hospital-api' },
      );
      const res = await http.get('/api/v1/auth/me').set('Authorization', `Bearer ${expired}`).expect(401);
      expect(res.body).toMatchObject({ code: ErrorCode.Unauthenticated, detail: 'access token has expired' });
      expect(res.headers['www-authenticate']).toContain('error="invalid_token"');
    });

    it('refuses a token with a bad signature', async () => {
      const [head, body] = tokens['dispatcher']!.split('.');
      await http.get('/api/v1/auth/me').set('Authorization', `Bearer ${head}.${body}.AAAA`).expect(401);
    });
  });

  describe('API keys', () => {
    let created: { id: string; systemId: string; key: string; prefix: string };

    it('are for admins only: another role gets 403, no credentials 401', async () => {
      const res = await http.get('/api/v1/auth/api-keys').set(bearer('dispatcher')).expect(403);
      expect(res.body.code).toBe(ErrorCode.Forbidden);
      await http.post('/api/v1/auth/api-keys').send({ name: 'HIS' }).expect(401);
    });

    it('creates a key, shown once, in the documented format', async () => {
      const res = await http.post('/api/v1/auth/api-keys').set(bearer('admin')).send({ name: 'HIS nurse station' }).expect(201);
      expect(res.body).toEqual({
        id: expect.any(String),
        systemId: expect.any(String),
        name: 'HIS nurse station',
        prefix: expect.stringMatching(/^hsp_[0-9a-f]{8}$/),
        roles: [Role.Integration],
        createdAt: expect.any(String),
        lastUsedAt: null,
        revokedAt: null,
        expiresAt: null,
        rotatedFrom: null,
        key: expect.stringMatching(/^hsp_[0-9a-f]{8}_[A-Za-z0-9_-]{43}$/),
      });
      expect(res.body.key.startsWith(`${res.body.prefix}_`)).toBe(true);
      created = res.body;
      const stored = await app.get(DataSource).getRepository(ApiKeyEntity).findOneByOrFail({ id: created.id });
      expect(stored.secretHash).not.toContain(created.key.slice(13));
    });

    it('lists keys without ever showing the secret', async () => {
      const res = await http.get('/api/v1/auth/api-keys').set(bearer('admin')).expect(200);
      expect(res.body.items).toEqual([expect.objectContaining({ id: created.id, prefix: created.prefix })]);
      expect(Object.keys(res.body.items[0]).sort()).toEqual(['createdAt', 'expiresAt', 'id', 'lastUsedAt', 'name', 'prefix', 'revokedAt', 'roles', 'rotatedFrom', 'systemId']);
      expect(JSON.stringify(res.body)).not.toContain(created.key.slice(13));
    });

    it('validates the name and names the field', async () => {
      const res = await http.post('/api/v1/auth/api-keys').set(bearer('admin')).send({ name: 'x' }).expect(400);
      expect(res.body.errors).toEqual([expect.objectContaining({ field: 'name' })]);
    });

    it('authenticates a system: /auth/me, integration routes, but not admin routes', async () => {
      const me = await http.get('/api/v1/auth/me').set('X-API-Key', created.key).expect(200);
      expect(me.body).toEqual({ id: created.systemId, kind: 'api_key', name: 'HIS nurse station', roles: [Role.Integration], staffId: null, passwordChangeRequired: false });
      await http.get('/api/v1/probe/integration').set('X-API-Key', created.key).expect(200);
      await http.get('/api/v1/probe/integration').set(bearer('admin')).expect(403);
      await http.get('/api/v1/auth/api-keys').set('X-API-Key', created.key).expect(403);
    });

    it('records use at most once a minute', async () => {
      const keys = app.get(DataSource).getRepository(ApiKeyEntity);
      const first = (await keys.findOneByOrFail({ id: created.id })).lastUsedAt;
      expect(first).toBeInstanceOf(Date);
      await http.get('/api/v1/auth/me').set('X-API-Key', created.key).expect(200);
      expect((await keys.findOneByOrFail({ id: created.id })).lastUsedAt).toEqual(first);
      // Once the last use is over a minute old, the next request refreshes it.
      await keys.update({ id: created.id }, { lastUsedAt: new Date(Date.now() - 120_000) });
      await http.get('/api/v1/auth/me').set('X-API-Key', created.key).expect(200);
      expect((await keys.findOneByOrFail({ id: created.id })).lastUsedAt!.getTime()).toBeGreaterThan(Date.now() - 60_000);
    });

    it('refuses unknown and tampered keys with 401', async () => {
      await http.get('/api/v1/auth/me').set('X-API-Key', 'hsp_00000000_' + 'A'.repeat(43)).expect(401);
      const tampered = created.key.slice(0, -1) + (created.key.endsWith('A') ? 'B' : 'A');
      await http.get('/api/v1/auth/me').set('X-API-Key', tampered).expect(401);
      await http.get('/api/v1/auth/me').set('X-API-Key', 'not-a-key').expect(401);
    });

    it('revokes a key: 204, then the key gets 401; revoking again is still 204', async () => {
      await http.delete(`/api/v1/auth/api-keys/${created.id}`).set(bearer('admin')).expect(204);
      const res = await http.get('/api/v1/auth/me').set('X-API-Key', created.key).expect(401);
      expect(res.body.code).toBe(ErrorCode.Unauthenticated);
      await http.delete(`/api/v1/auth/api-keys/${created.id}`).set(bearer('admin')).expect(204);
      const list = await http.get('/api/v1/auth/api-keys').set(bearer('admin')).expect(200);
      expect(list.body.items[0].revokedAt).toEqual(expect.any(String));
    });

    it('answers 404 for an unknown id and 400 naming `id` for a malformed one', async () => {
      const missing = await http.delete('/api/v1/auth/api-keys/5f0c2d8e-0b1a-4c8e-9a51-3c2f7e9d1b00').set(bearer('admin')).expect(404);
      expect(missing.body.code).toBe(ErrorCode.ApiKeyNotFound);
      const malformed = await http.delete('/api/v1/auth/api-keys/not-a-uuid').set(bearer('admin')).expect(400);
      expect(malformed.body).toMatchObject({ code: ErrorCode.ValidationFailed, errors: [{ field: 'id', message: 'id must be a UUID' }] });
    });
  });

  it('closes a route that declares no access rule, even to an admin, and logs it', async () => {
    const logError = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    try {
      const res = await http.get('/api/v1/probe/forgotten').set(bearer('admin')).expect(403);
      expect(res.body.code).toBe(ErrorCode.Forbidden);
      expect(logError).toHaveBeenCalledWith(expect.stringContaining('ProbeController.forgotten'));
    } finally {
      logError.mockRestore();
    }
  });

  it('documents security and error responses in OpenAPI', () => {
    const document = SwaggerModule.createDocument(app, addIdentitySecurity(new DocumentBuilder()).build());
    expect(Object.keys(document.components?.securitySchemes ?? {}).sort()).toEqual(['api-key', 'bearer', 'stream-ticket']);
    const login = document.paths['/api/v1/auth/login'].post!;
    expect(login.security).toBeUndefined();
    expect(login.tags).toEqual(['auth']);
    const createKey = document.paths['/api/v1/auth/api-keys'].post!;
    expect(createKey.security).toEqual([{ bearer: [] }]);
    expect(Object.keys(createKey.responses).sort()).toEqual(['201', '400', '401', '403']);
    expect(createKey.responses['403']).toMatchObject({ content: { 'application/json': { schema: { $ref: '#/components/schemas/ProblemDto' } } } });
    expect(document.paths['/api/v1/auth/me'].get!.security).toEqual([{ bearer: [] }, { 'api-key': [] }]);
    expect(document.paths['/api/v1/probe/integration'].get!.security).toEqual([{ 'api-key': [] }]);
  });
});
