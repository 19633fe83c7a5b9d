import { Inject, Injectable, Optional } from '@nestjs/common';
import { TokenService } from '../auth/token.service';
import { OidcVerifier } from '../oidc/oidc-verifier';
import type { GatewayActor } from './gateway-actor';
import { UserSessions } from './user-sessions';

/**
 * A bearer token is the gateway's own (HS256, from POST /auth/login) or, when single sign-on is
 * configured, the hospital identity provider's (RS256/ES256 from its JWKS). The unverified `iss`
 * only picks which verification runs; each then checks everything itself.
 */
@Injectable()
export class BearerAuthenticator {
  constructor(
    private readonly tokens: TokenService,
    private readonly sessions: UserSessions,
    @Optional() @Inject(OidcVerifier) private readonly provider: OidcVerifier | null,
  ) {}

  async authenticate(token: string): Promise<GatewayActor> {
    if (this.provider?.isProviderToken(token)) return this.sessions.signIn(await this.provider.verify(token));
    return this.sessions.resume(await this.tokens.verify(token));
  }
}
