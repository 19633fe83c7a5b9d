import { createSecretKey } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { JwtService, type JwtModuleOptions } from '@nestjs/jwt';
import { ErrorCode, Role, TokenDto } from '@hospital/contracts';
import { DomainError } from '@hospital/platform';
import { GATEWAY_CONFIG, type GatewayConfig } from '../../config';

/** What an access token says about its bearer. */
export interface AccessTokenClaims {
  /** User id. */
  sub: string;
  roles: Role[];
  staffId: string | null;
  /** Username (what `/auth/me` reports as `name`). */
  name: string;
  /** The account's session version when the token was issued: a password change, reset or disable moves it on. */
  sv: number;
}

/** A token we signed, still to be checked against the account (see UserSessions). */
export interface VerifiedAccessToken {
  userId: string;
  sessionVersion: number;
}

/** What a token is issued for. */
export interface TokenSubject {
  id: string;
  username: string;
  roles: Role[];
  staffId: string | null;
  sessionVersion: number;
  mustChangePassword: boolean;
}

const ISSUER = 'hospital-gateway';
const AUDIENCE = 'hospital-api';
const KNOWN_ROLES = new Set<string>(Object.values(Role));

/**
 * HS256 only, in both directions: pinning the algorithm on verify stops "alg: none" and
 * key-confusion tricks; issuer and audience keep tokens minted for something else out.
 */
export function jwtModuleOptions(jwt: GatewayConfig['jwt']): JwtModuleOptions {
  return {
    // A KeyObject, not the string: given a string, jsonwebtoken first tries to parse it as a
    // public key on every verify and builds the secret key only after that throws, which
    // took 15 % of the gateway's CPU in a profile of the gateway under load.
    secret: createSecretKey(Buffer.from(jwt.secret, 'utf8')),
    signOptions: { algorithm: 'HS256', expiresIn: jwt.ttlSeconds, issuer: ISSUER, audience: AUDIENCE },
    verifyOptions: { algorithms: ['HS256'], issuer: ISSUER, audience: AUDIENCE },
  };
}

@Injectable()
export class TokenService {
  constructor(
    private readonly jwt: JwtService,
    @Inject(GATEWAY_CONFIG) private readonly config: GatewayConfig,
  ) {}

  /**
   * Roles and staff link are in the token for clients to read; the guard takes them from the
   * account on every request, so a change applies at once.
   */
  async issue(user: TokenSubject): Promise<TokenDto> {
    const claims: AccessTokenClaims = { sub: user.id, roles: user.roles, staffId: user.staffId, name: user.username, sv: user.sessionVersion };
    return {
      accessToken: await this.jwt.signAsync(claims),
      tokenType: 'Bearer',
      expiresIn: this.config.jwt.ttlSeconds,
      passwordChangeRequired: user.mustChangePassword,
    };
  }

  /** Which account and session a token of ours stands for; a DomainError(Unauthenticated) for anything else. */
  async verify(token: string): Promise<VerifiedAccessToken> {
    let claims: Partial<AccessTokenClaims>;
    try {
      claims = await this.jwt.verifyAsync<Partial<AccessTokenClaims>>(token);
    } catch (error) {
      // jsonwebtoken's error classes; compared by name so we need not import the library ourselves.
      const expired = (error as Error | undefined)?.name === 'TokenExpiredError';
      throw new DomainError(ErrorCode.Unauthenticated, expired ? 'access token has expired' : 'access token is invalid');
    }
    // Signed by us, but a token from an older release could carry a shape we no longer accept.
    if (
      typeof claims.sub !== 'string' ||
      typeof claims.name !== 'string' ||
      !Array.isArray(claims.roles) ||
      !claims.roles.every((r) => KNOWN_ROLES.has(r)) ||
      (claims.staffId != null && typeof claims.staffId !== 'string') ||
      // tokens of the release before session versions are refused: their holders log in again
      !Number.isInteger(claims.sv)
    ) {
      throw new DomainError(ErrorCode.Unauthenticated, 'access token is invalid');
    }
    return { userId: claims.sub, sessionVersion: claims.sv as number };
  }
}
