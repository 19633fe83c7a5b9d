import { createServer, type ServerResponse } from 'node:http';
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import type { CryptoKey, JWK, JWTPayload } from 'jose';

type Jose = typeof import('jose');

export type TestSigningAlg = 'RS256' | 'ES256';

export interface TestIssuerOptions {
  /** Path after the origin that is part of the issuer, e.g. '/realms/hospital' as Keycloak has it; default none. */
  path?: string;
  /** `aud` of every token whose claims name none (pass `aud: undefined` to leave it out). */
  audience?: string;
  /** The `issuer` the discovery document states, when a test needs it to differ from the real one. */
  discoveryIssuer?: string;
}

export interface TestSignOptions {
  /** Which of the issuer's current keys signs; default RS256. */
  alg?: TestSigningAlg;
  /** The header's `kid` instead of the signing key's own (a made-up kid). */
  kid?: string;
  /** Lifetime when the claims give no `exp`: seconds (number) or a jose duration ('5m'); default 300 s. */
  expiresIn?: string | number;
  /** More protected-header parameters (typ, ...), applied last. */
  header?: Record<string, unknown>;
}

/** A running test identity provider (see startTestIssuer). */
export interface TestIssuer {
  /** `http://127.0.0.1:<port>[path]`: the `iss` of its tokens. */
  readonly issuer: string;
  readonly jwksUrl: string;
  /** `${issuer}/.well-known/openid-configuration`. */
  readonly discoveryUrl: string;
  /** Requests for the key set so far (answered or refused by an outage). */
  readonly jwksFetches: number;
  /** Requests for the discovery document so far. */
  readonly discoveryFetches: number;
  /**
   * A signed access token. Defaults, each overridden by `claims`: `iss` = issuer, `aud` = the
   * audience option, `iat` = now, `exp` = iat + expiresIn. "Now" is `Date.now()`, so a frozen Date
   * makes the times exact; give `exp`/`iat`/`nbf` numbers for boundaries.
   */
  sign(claims?: JWTPayload, options?: TestSignOptions): Promise<string>;
  /** The same claims with `alg: none` and no signature. */
  forgedNone(claims?: JWTPayload): string;
  /** HS256 with the issuer's RS256 public key (SPKI PEM) as the HMAC secret and that key's kid: the key-confusion attack. */
  forgedWithPublicKey(claims?: JWTPayload): Promise<string>;
  /** New RS256 and ES256 keys (new kids) sign from now on; the key set serves them and the previous ones. */
  rotateKeys(): Promise<void>;
  /** Answer 503 for the discovery document and/or the key set until switched off again. */
  setOutage(outage: { discovery?: boolean; jwks?: boolean }): void;
  /** Closes the server and its connections; idempotent. */
  stop(): Promise<void>;
}

interface SigningKey {
  kid: string;
  alg: TestSigningAlg;
  privateKey: CryptoKey;
  publicKey: CryptoKey;
  jwk: JWK;
}

async function keyPair(jose: Jose, alg: TestSigningAlg, kid: string): Promise<SigningKey> {
  const { privateKey, publicKey } = await jose.generateKeyPair(alg);
  return { kid, alg, privateKey, publicKey, jwk: { ...(await jose.exportJWK(publicKey)), kid, alg, use: 'sig' } };
}

function json(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' }).end(JSON.stringify(body));
}

/**
 * A test OpenID Connect provider: a real HTTP server on 127.0.0.1 (a port of its own) serving the
 * discovery document and a key set of RS256 and ES256 keys (kids `rs-1`, `es-1`, then `rs-2`, ...
 * after each rotation), and signing tokens with them. Two issuers have the same kids, so a token
 * of one presented to the other fails on its signature, not on its kid. Counts key set fetches so
 * tests can see caching and refetches. Stop it in afterAll.
 */
export async function startTestIssuer(options: TestIssuerOptions = {}): Promise<TestIssuer> {
  // Loaded here, not at the top: every suite imports @hospital/testing, and most never need jose.
  const jose: Jose = await import('jose');
  const path = (options.path ?? '').replace(/\/+$/, '');
  let generation = 1;
  let current = { RS256: await keyPair(jose, 'RS256', 'rs-1'), ES256: await keyPair(jose, 'ES256', 'es-1') };
  let previous: SigningKey[] = [];
  let jwksFetches = 0;
  let discoveryFetches = 0;
  const outage = { discovery: false, jwks: false };

  const server = createServer((request, response) => {
    const route = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    if (request.method !== 'GET') return json(response, 405, { error: 'method not allowed' });
    if (route === `${path}/.well-known/openid-configuration`) {
      discoveryFetches += 1;
      if (outage.discovery) return json(response, 503, { error: 'unavailable' });
      return json(response, 200, {
        issuer: options.discoveryIssuer ?? issuer,
        jwks_uri: jwksUrl,
        authorization_endpoint: `${issuer}/authorize`,
        token_endpoint: `${issuer}/token`,
        response_types_supported: ['code'],
        subject_types_supported: ['public'],
        id_token_signing_alg_values_supported: ['RS256', 'ES256'],
      });
    }
    if (route === `${path}/jwks`) {
      jwksFetches += 1;
      if (outage.jwks) return json(response, 503, { error: 'unavailable' });
      return json(response, 200, { keys: [current.RS256.jwk, current.ES256.jwk, ...previous.map((k) => k.jwk)] });
    }
    return json(response, 404, { error: 'not found' });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  const issuer = `http://127.0.0.1:${port}${path}`;
  const jwksUrl = `${issuer}/jwks`;
  let stopped = false;

  function payloadOf(claims: JWTPayload): JWTPayload {
    return {
      iss: issuer,
      ...(options.audience !== undefined ? { aud: options.audience } : {}),
      iat: Math.floor(Date.now() / 1000),
      ...claims,
    };
  }

  return {
    issuer,
    jwksUrl,
    discoveryUrl: `${issuer}/.well-known/openid-configuration`,
    get jwksFetches() {
      return jwksFetches;
    },
    get discoveryFetches() {
      return discoveryFetches;
    },

    async sign(claims = {}, signOptions = {}) {
      const key = current[signOptions.alg ?? 'RS256'];
      const payload = payloadOf(claims);
      const jwt = new jose.SignJWT(payload).setProtectedHeader({ alg: key.alg, kid: signOptions.kid ?? key.kid, typ: 'JWT', ...signOptions.header });
      if (!Object.hasOwn(claims, 'exp')) {
        const lifetime = signOptions.expiresIn ?? 300;
        // A number is seconds from iat here; jose itself would read a number as an absolute time.
        jwt.setExpirationTime(typeof lifetime === 'number' ? (payload.iat ?? Math.floor(Date.now() / 1000)) + lifetime : lifetime);
      }
      return jwt.sign(key.privateKey);
    },

    forgedNone(claims = {}) {
      const payload = payloadOf(claims);
      return new jose.UnsecuredJWT(Object.hasOwn(claims, 'exp') ? payload : { ...payload, exp: (payload.iat ?? 0) + 300 }).encode();
    },

    async forgedWithPublicKey(claims = {}) {
      const payload = payloadOf(claims);
      const pem = await jose.exportSPKI(current.RS256.publicKey);
      return new jose.SignJWT(Object.hasOwn(claims, 'exp') ? payload : { ...payload, exp: (payload.iat ?? 0) + 300 })
        .setProtectedHeader({ alg: 'HS256', kid: current.RS256.kid, typ: 'JWT' })
        .sign(new Uint8Array(Buffer.from(pem, 'utf8')));
    },

    async rotateKeys() {
      generation += 1;
      const next = { RS256: await keyPair(jose, 'RS256', `rs-${generation}`), ES256: await keyPair(jose, 'ES256', `es-${generation}`) };
      previous = [current.RS256, current.ES256];
      current = next;
    },

    setOutage(change) {
      if (change.discovery !== undefined) outage.discovery = change.discovery;
      if (change.jwks !== undefined) outage.jwks = change.jwks;
    },

    async stop() {
      if (stopped) return;
      stopped = true;
      const closed = new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
      // fetch keeps connections alive; close them or close() waits for their idle timeout.
      server.closeAllConnections();
      await closed;
    },
  };
}
