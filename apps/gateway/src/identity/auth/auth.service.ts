import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ChangePasswordDto, ErrorCode, LoginDto, MeDto, TokenDto } from '@hospital/contracts';
import { DomainError } from '@hospital/platform';
import { DataSource } from 'typeorm';
import { AuditOrigin, AuditService } from '../../audit/audit.service';
import type { GatewayActor } from '../access/gateway-actor';
import { UserEntity } from '../users/user.entity';
import { LoginLock, LoginProtection } from './login-protection.service';
import { PasswordHasher } from './password-hasher';
import { PasswordPolicy } from './password-policy';
import { TokenService } from './token.service';

/** One message for every login failure, so a caller cannot tell which part was wrong. */
export const INVALID_LOGIN_MESSAGE = 'invalid username or password';

/** Raised for a locked username or address; the controller turns `retryAfterSeconds` into Retry-After. */
export class LoginLockedError extends DomainError {
  constructor(readonly lock: LoginLock) {
    super(ErrorCode.LoginLocked, 'too many failed logins: try again later', { retryAfterSeconds: lock.retryAfterSeconds });
  }
}

@Injectable()
export class AuthService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly passwords: PasswordHasher,
    private readonly policy: PasswordPolicy,
    private readonly tokens: TokenService,
    private readonly protection: LoginProtection,
    private readonly audit: AuditService,
  ) {}

  /**
   * Unknown user, wrong password, disabled account and an account of the identity provider all
   * take one argon2 verification and end in the same 401, so neither the answer nor its timing
   * reveals which accounts exist. A locked username is refused before the password is tried,
   * whether or not it exists.
   */
  async login(dto: LoginDto, origin: AuditOrigin): Promise<TokenDto> {
    const username = dto.username.toLowerCase();
    const lock = await this.protection.lockOf(username, origin.ip);
    if (lock) throw new LoginLockedError(lock);
    const users = this.db.getRepository(UserEntity);
    const user = await users.findOne({ where: { username } });
    const passwordOk = await this.passwords.verify(user?.authSource === 'local' ? user.passwordHash : null, dto.password);
    if (!user || !passwordOk || !user.active) {
      const locked = await this.protection.recordFailure(username, origin.ip);
      if (locked) {
        await this.audit.record(
          { action: 'auth.lockout', targetType: locked.scope, targetId: locked.scope === 'username' ? username : origin.ip, details: { lockedForSeconds: locked.retryAfterSeconds } },
          { ...origin, actorName: username },
        );
        throw new LoginLockedError(locked);
      }
      throw new DomainError(ErrorCode.Unauthenticated, INVALID_LOGIN_MESSAGE);
    }
    await this.protection.recordSuccess(username);
    await users.update({ id: user.id }, { lastLoginAt: new Date() });
    return this.tokens.issue(user);
  }

  /**
   * A person changes their own password with the one in use. The session version moves on, so
   * every other token of theirs stops working; the answer is a fresh token for this session.
   */
  async changePassword(actor: GatewayActor, dto: ChangePasswordDto, origin: AuditOrigin): Promise<TokenDto> {
    if (actor.kind !== 'user') throw new DomainError(ErrorCode.Forbidden, 'only a person changes a password');
    return this.db.transaction(async (manager) => {
      const user = await manager.findOne(UserEntity, { where: { id: actor.id }, lock: { mode: 'pessimistic_write' } });
      if (!user || !user.active) throw new DomainError(ErrorCode.Unauthenticated, 'the account is disabled');
      if (user.authSource !== 'local') {
        throw new DomainError(ErrorCode.ProviderManaged, "the password of this account is the hospital identity provider's: change it there");
      }
      if (!(await this.passwords.verify(user.passwordHash, dto.currentPassword))) {
        throw new DomainError(ErrorCode.CurrentPasswordWrong, 'the current password is wrong', {
          errors: [{ field: 'currentPassword', message: 'currentPassword is not the password in use' }],
        });
      }
      const problem = this.policy.problemWith(dto.newPassword, user.username);
      const same = !problem && (await this.passwords.verify(user.passwordHash, dto.newPassword));
      if (problem || same) {
        throw DomainError.validation([{ field: 'newPassword', message: `newPassword ${problem ?? 'must differ from the current password'}` }]);
      }
      Object.assign(user, {
        passwordHash: await this.passwords.hash(dto.newPassword),
        mustChangePassword: false,
        passwordChangedAt: new Date(),
        sessionVersion: user.sessionVersion + 1,
      });
      await manager.save(user);
      await this.audit.record({ action: 'user.password.change', targetType: 'user', targetId: user.id }, origin, manager);
      return this.tokens.issue(user);
    });
  }

  /** From the verified credential alone: no database round trip for a call clients make often. */
  me(actor: GatewayActor): MeDto {
    if (actor.kind === 'anonymous') throw new DomainError(ErrorCode.Unauthenticated, 'authentication required');
    return {
      id: actor.id,
      kind: actor.kind,
      name: actor.name,
      roles: actor.roles,
      staffId: actor.staffId ?? null,
      passwordChangeRequired: actor.passwordChangeRequired === true,
    };
  }
}
