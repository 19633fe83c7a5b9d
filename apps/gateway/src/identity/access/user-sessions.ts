import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { ErrorCode, Role } from '@hospital/contracts';
import { DomainError, uniqueViolationOf } from '@hospital/platform';
import { Repository } from 'typeorm';
import type { VerifiedAccessToken } from '../auth/token.service';
import type { ProviderIdentity } from '../oidc/oidc-verifier';
import { UserEntity } from '../users/user.entity';
import type { GatewayActor } from './gateway-actor';

const ENDED = 'the session has ended: log in again';

function actorOf(user: UserEntity): GatewayActor {
  return {
    id: user.id,
    kind: 'user',
    roles: user.roles,
    staffId: user.staffId,
    name: user.username,
    passwordChangeRequired: user.mustChangePassword,
  };
}

/**
 * Every bearer token is checked against its account on every request: one primary-key read, so
 * disabling an account, resetting its password or changing its roles or staff link takes effect
 * on the next request of every token already out, on every replica, not when the token expires.
 */
@Injectable()
export class UserSessions {
  private readonly log = new Logger(UserSessions.name);

  constructor(@InjectRepository(UserEntity) private readonly users: Repository<UserEntity>) {}

  /** The actor of a token the gateway issued, if its account still stands behind it. */
  async resume(token: VerifiedAccessToken): Promise<GatewayActor> {
    const user = await this.users.findOne({ where: { id: token.userId } });
    if (!user || !user.active || user.sessionVersion !== token.sessionVersion) throw new DomainError(ErrorCode.Unauthenticated, ENDED);
    return actorOf(user);
  }

  /**
   * The account of someone the hospital's identity provider vouches for: found by the provider's
   * subject; on first sign-in, a local account of the same username is taken over (an admin may
   * have prepared it with its staff link), else one is created. Roles are the provider's, kept on
   * the account so lists and the audit show them. A disabled account stays refused.
   */
  async signIn(identity: ProviderIdentity): Promise<GatewayActor> {
    let user = await this.users.findOne({ where: { externalIssuer: identity.issuer, externalSubject: identity.subject } });
    if (!user) user = await this.firstSignIn(identity);
    if (!user.active) throw new DomainError(ErrorCode.Unauthenticated, 'the account is disabled');
    if (!sameRoles(user.roles, identity.roles)) {
      await this.users.update({ id: user.id }, { roles: identity.roles });
      user.roles = identity.roles;
    }
    return actorOf(user);
  }

  private async firstSignIn(identity: ProviderIdentity): Promise<UserEntity> {
    const existing = await this.users.findOne({ where: { username: identity.username } });
    if (existing) {
      // Another subject of the provider (or another provider) holds the name: never merge two people.
      // A local administrator is never taken over: it stays the way in when the provider is down.
      if (existing.externalSubject !== null || existing.roles.includes(Role.Admin)) {
        throw new DomainError(ErrorCode.Unauthenticated, 'the username is taken by another account');
      }
      await this.users.update(
        { id: existing.id },
        { authSource: 'oidc', externalIssuer: identity.issuer, externalSubject: identity.subject, passwordHash: null, mustChangePassword: false },
      );
      this.log.log(`account ${existing.username} (${existing.id}) now signs in through ${identity.issuer}`);
      return { ...existing, authSource: 'oidc', externalIssuer: identity.issuer, externalSubject: identity.subject };
    }
    try {
      const created = await this.users.save(
        this.users.create({
          username: identity.username,
          displayName: identity.displayName ?? identity.username,
          roles: identity.roles,
          staffId: null,
          passwordHash: null,
          authSource: 'oidc',
          externalIssuer: identity.issuer,
          externalSubject: identity.subject,
        }),
      );
      this.log.log(`account ${created.username} (${created.id}) created at first sign-in through ${identity.issuer}`);
      return created;
    } catch (error) {
      // Two first requests of one person at once: the other one created it.
      if (uniqueViolationOf(error)) {
        const raced = await this.users.findOne({ where: { externalIssuer: identity.issuer, externalSubject: identity.subject } });
        if (raced) return raced;
        throw new DomainError(ErrorCode.Unauthenticated, 'the username is taken by another account');
      }
      throw error;
    }
  }
}

function sameRoles(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((r) => b.includes(r));
}
