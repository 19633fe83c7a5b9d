import { Injectable, Logger } from '@nestjs/common';
import { createRemoteJWKSet, decodeJwt, errors, jwtVerify, type JWTPayload, type JWTVerifyGetKey, type RemoteJWKSet } from 'jose';
import { ErrorCode, HUMAN_ROLES, Role } from '@hospital/contracts';
import { DomainError } from '@hospital/platform';
import type { GatewayConfig } from '../../config';

/** The identity provider's settings (the gateway's `oidc` config when it is not null). */
export type OidcConfig = NonNullable<GatewayConfig['oidc']>;

/** Who a verified provider token names; the caller links it to an account. */
export interface ProviderIdentity {
  /** The provider's `iss` (the configured issuer). */
  issuer: string;
  /** The provider's `sub`: stable for the person at that provider. */
  subject: string;
  /** From the configured username claim: trimmed, lower-cased. */
  username: string;
  /** The `name` claim, when the provider sends one. */
  displayName: string | null;
  /** Human roles only (never `integration`), without duplicates; may be empty. */
  roles: Role[];
}

/** Asymmetric algorithms only: no `none`, no HS* (the provider's public key must never double as an HMAC secret). */
const ALGORITHMS = ['RS256', 'ES256'];
/** A key fetch is retried for a token with an unknown `kid` at most this often (a flood of made-up kids costs one fetch). */
const JWKS_COOLDOWN_MS = 30_000;
/** Keys are fetched again after this long even without an unknown `kid`, so a key the provider withdrew stops counting. */
const JWKS_MAX_AGE_MS = 10 * 60_000;
/** Deadline for the discovery document and for the key set. */
const FETCH_TIMEOUT_MS = 5_000;
/** What a provider username must look like once lower-cased: account names, or e-mail-like names. */
const USERNAME = /^[a-z0-9][a-z0-9._@-]{1,63}$/;
const GRANTABLE = new Set<string>(HUMAN_ROLES);

const expired = () => new DomainError(ErrorCode.Unauthenticated, 'access token has expired');
const invalid = () => new DomainError(ErrorCode.Unauthenticated, 'access token is invalid');
const noUser = () => new DomainError(ErrorCode.Unauthenticated, 'the token names no usable user');
/** 503, not 401: the token may be fine; a 401 would make every front end throw its session away during an outage. */
const unreachable = () => new DomainError(ErrorCode.ServiceUnavailable, 'identity provider is unreachable');

/** The provider could not give us its keys (network, timeout, bad answer): not the token's fault. */
class ProviderUnavailable extends Error {
  override name = 'ProviderUnavailable';
}

/**
 * Verifies the hospital identity provider's access tokens (single sign-on) with jose: signature
 * against the provider's published keys (JWKS, cached, refetched for an unknown `kid` after a
 * cooldown), RS256/ES256 only, issuer, audience, `exp` required, `nbf`/`exp` with the configured
 * clock skew. Every refusal is a DomainError: 401 for the token, 503 when the provider cannot be
 * reached. Tokens are never logged.
 *
 * Built by a factory from `GatewayConfig.oidc` (non-null); it reads no other setting.
 */
@Injectable()
export class OidcVerifier {
  private readonly log = new Logger(OidcVerifier.name);
  /** The key set, once its URL is known; reset after a failed discovery so the next call tries again. */
  private keys: Promise<RemoteJWKSet> | null = null;
  private readonly getKey: JWTVerifyGetKey;

  constructor(private readonly config: OidcConfig) {
    if (config.jwksUrl) this.keys = Promise.resolve(this.remoteKeys(new URL(config.jwksUrl)));
    this.getKey = async (header, token) => {
      const keys = await this.keySet();
      try {
        return await keys(header, token);
      } catch (error) {
        // About the token: its kid (or its want of one) matches no key, or more than one.
        if (error instanceof errors.JWKSNoMatchingKey || error instanceof errors.JWKSMultipleMatchingKeys) throw error;
        // Anything else came from fetching or reading the key set.
        this.log.warn(`identity provider keys unavailable: ${reasonOf(error)}`);
        throw new ProviderUnavailable();
      }
    };
  }

  /**
   * Whether a bearer token claims to come from the provider (its unverified `iss` is ours), so the
   * caller sends it here rather than to the gateway's own HS256 check. Routing only: nothing else
   * of the unverified token is used, and `verify` checks everything again.
   */
  isProviderToken(token: string): boolean {
    try {
      return decodeJwt(token).iss === this.config.issuer;
    } catch {
      return false;
    }
  }

  /** The identity a provider token stands for; a DomainError for anything else. */
  async verify(token: string): Promise<ProviderIdentity> {
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, this.getKey, {
        algorithms: ALGORITHMS,
        issuer: this.config.issuer,
        audience: this.config.audience,
        clockTolerance: this.config.clockSkewSeconds,
        requiredClaims: ['exp', 'sub'],
      }));
    } catch (error) {
      if (error instanceof ProviderUnavailable) throw unreachable();
      if (error instanceof errors.JWTExpired) throw expired();
      // jose's code names the check that failed (ERR_JWT_CLAIM_VALIDATION_FAILED, ERR_JOSE_ALG_NOT_ALLOWED, ...); no token content.
      this.log.debug(`provider token refused: ${reasonOf(error)}`);
      throw invalid();
    }
    if (typeof payload.sub !== 'string' || payload.sub === '') throw invalid();
    return {
      issuer: this.config.issuer,
      subject: payload.sub,
      username: this.usernameOf(payload),
      displayName: typeof payload['name'] === 'string' && payload['name'].trim() !== '' ? payload['name'].trim() : null,
      roles: this.rolesOf(payload),
    };
  }

  private usernameOf(payload: JWTPayload): string {
    const claim = Object.hasOwn(payload, this.config.usernameClaim) ? payload[this.config.usernameClaim] : undefined;
    const username = typeof claim === 'string' ? claim.trim().toLowerCase() : '';
    if (!USERNAME.test(username)) throw noUser();
    return username;
  }

  /** The claim at the dot path (a string or strings), mapped, kept only when a human role; duplicates removed. */
  private rolesOf(payload: JWTPayload): Role[] {
    let claim: unknown = payload;
    for (const segment of this.config.rolesClaim.split('.')) {
      claim = isRecord(claim) && Object.hasOwn(claim, segment) ? claim[segment] : undefined;
    }
    const values = typeof claim === 'string' ? [claim] : Array.isArray(claim) ? claim.filter((v): v is string => typeof v === 'string') : [];
    const { roleMap } = this.config;
    const mapped = Object.keys(roleMap).length === 0 ? values : values.map((v) => (Object.hasOwn(roleMap, v) ? roleMap[v] : undefined));
    return [...new Set(mapped.filter((r): r is Role => r !== undefined && GRANTABLE.has(r)))];
  }

  private keySet(): Promise<RemoteJWKSet> {
    if (!this.keys) {
      const discovering = this.discoverJwksUrl().then((url) => this.remoteKeys(url));
      this.keys = discovering;
      discovering.catch(() => {
        // Not cached as a failure: the next verification tries again (concurrent ones share this attempt).
        if (this.keys === discovering) this.keys = null;
      });
    }
    return this.keys;
  }

  private remoteKeys(url: URL): RemoteJWKSet {
    return createRemoteJWKSet(url, { cooldownDuration: JWKS_COOLDOWN_MS, cacheMaxAge: JWKS_MAX_AGE_MS, timeoutDuration: FETCH_TIMEOUT_MS });
  }

  /** `jwks_uri` from the issuer's discovery document, which must name the configured issuer. */
  private async discoverJwksUrl(): Promise<URL> {
    const url = `${this.config.issuer.replace(/\/+$/, '')}/.well-known/openid-configuration`;
    let document: unknown;
    try {
      const response = await fetch(url, { redirect: 'manual', signal: AbortSignal.timeout(FETCH_TIMEOUT_MS), headers: { accept: 'application/json' } });
      if (response.status !== 200) throw new Error(`HTTP ${response.status}`);
      document = await response.json();
    } catch (error) {
      this.log.warn(`identity provider discovery at ${url} failed: ${reasonOf(error)}`);
      throw new ProviderUnavailable();
    }
    if (!isRecord(document) || document['issuer'] !== this.config.issuer) {
      this.log.error(`identity provider discovery at ${url} names another issuer than OIDC_ISSUER (${this.config.issuer})`);
      throw new ProviderUnavailable();
    }
    const jwksUri = document['jwks_uri'];
    const jwks = typeof jwksUri === 'string' && URL.canParse(jwksUri) ? new URL(jwksUri) : null;
    if (!jwks || (jwks.protocol !== 'https:' && jwks.protocol !== 'http:')) {
      this.log.error(`identity provider discovery at ${url} has no usable jwks_uri`);
      throw new ProviderUnavailable();
    }
    return jwks;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** An error's code and message, and its cause's, for a log line: jose's messages carry no token content. */
function reasonOf(error: unknown, depth = 0): string {
  if (typeof error !== 'object' || error === null) return String(error);
  const { code, message, cause } = error as { code?: unknown; message?: unknown; cause?: unknown };
  const text = [code, message].filter((part) => typeof part === 'string' && part !== '').join(': ') || String(error);
  // Only an error as the cause: jose's claim failures carry the token's payload there.
  const causeIsError = typeof cause === 'object' && cause !== null && typeof (cause as { message?: unknown }).message === 'string';
  return causeIsError && depth < 3 ? `${text} (${reasonOf(cause, depth + 1)})` : text;
}
