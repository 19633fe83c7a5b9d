import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CreatedUserDto, CreateUserDto, ErrorCode, Role, TemporaryPasswordDto, UpdateUserDto, UserDto } from '@hospital/contracts';
import { DomainError, uniqueViolationOf } from '@hospital/platform';
import { DataSource, EntityManager } from 'typeorm';
import { AuditOrigin, AuditService } from '../../audit/audit.service';
import type { GatewayActor } from '../access/gateway-actor';
import { PasswordHasher } from '../auth/password-hasher';
import { temporaryPassword } from '../auth/temporary-password';
import { StaffLinks } from './staff-links';
import { toUserDto } from './user.mapper';
import { UserEntity } from './user.entity';

/** The accounts a manager administers: the center's own staff. Admin and manager accounts are the admins'. */
export const CENTER_STAFF_ROLES: readonly Role[] = [Role.Dispatcher, Role.Worker, Role.DeskClerk, Role.Supervisor, Role.Inspector];

/** Serialises changes that could leave no active administrator (two admins disabling each other at once). */
const ADMINS_LOCK = `SELECT pg_advisory_xact_lock(hashtext('identity.admins'))`;

/**
 * Administration of people's accounts. Every change is audited in its own transaction, and every
 * change that should end sessions (disable, password reset) moves the session version, so the
 * tokens already out stop working on their next request.
 */
@Injectable()
export class UserAdmin {
  private readonly log = new Logger(UserAdmin.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly passwords: PasswordHasher,
    private readonly staff: StaffLinks,
    private readonly audit: AuditService,
  ) {}

  /** A new account on a one-time password, shown once in the answer and to be changed at first login. */
  async create(dto: CreateUserDto, actor: GatewayActor, origin: AuditOrigin): Promise<CreatedUserDto> {
    this.assertMayGrant(actor, dto.roles);
    if (dto.staffId) await this.staff.assertLinkable(dto.staffId, actor);
    const password = temporaryPassword();
    const passwordHash = await this.passwords.hash(password);
    const user = await this.write(async (manager) => {
      const saved = await manager.save(
        manager.create(UserEntity, {
          username: dto.username,
          displayName: dto.displayName,
          roles: [...new Set(dto.roles)],
          staffId: dto.staffId ?? null,
          passwordHash,
          mustChangePassword: true,
          authSource: 'local',
        }),
      );
      await this.audit.record(
        { action: 'user.create', targetType: 'user', targetId: saved.id, details: { username: saved.username, roles: saved.roles, staffId: saved.staffId } },
        origin,
        manager,
      );
      return saved;
    });
    return { ...toUserDto(user), temporaryPassword: password };
  }

  /** Display name, roles and staff link; roles and link apply from the next request of the account's tokens. */
  async update(id: string, dto: UpdateUserDto, actor: GatewayActor, origin: AuditOrigin): Promise<UserDto> {
    if (dto.staffId) await this.staff.assertLinkable(dto.staffId, actor);
    const user = await this.write(async (manager) => {
      const user = await this.lockForChange(manager, id, actor);
      if (dto.roles) {
        if (user.authSource === 'oidc') throw new DomainError(ErrorCode.ProviderManaged, "this account's roles come from the hospital identity provider");
        this.assertMayGrant(actor, dto.roles);
        if (user.roles.includes(Role.Admin) && !dto.roles.includes(Role.Admin)) await this.assertAnotherAdmin(manager, user.id);
      }
      const before = { displayName: user.displayName, roles: user.roles, staffId: user.staffId };
      if (dto.displayName !== undefined) user.displayName = dto.displayName;
      if (dto.roles) user.roles = [...new Set(dto.roles)];
      if (dto.staffId !== undefined) user.staffId = dto.staffId;
      const saved = await manager.save(user);
      for (const [field, action] of [['roles', 'user.roles.change'], ['staffId', 'user.staff.link'], ['displayName', 'user.rename']] as const) {
        if (dto[field] === undefined || JSON.stringify(before[field]) === JSON.stringify(saved[field])) continue;
        await this.audit.record({ action, targetType: 'user', targetId: id, details: { before: before[field], after: saved[field] } }, origin, manager);
      }
      return saved;
    });
    return toUserDto(user);
  }

  /** Disabled at once: its tokens are refused from the next request. Disabling twice is fine. */
  async disable(id: string, actor: GatewayActor, origin: AuditOrigin): Promise<UserDto> {
    if (id === actor.id) throw new DomainError(ErrorCode.BusinessRule, 'you cannot disable your own account');
    return toUserDto(
      await this.write(async (manager) => {
        const user = await this.lockForChange(manager, id, actor);
        if (!user.active) return user;
        if (user.roles.includes(Role.Admin)) await this.assertAnotherAdmin(manager, user.id);
        Object.assign(user, { active: false, disabledAt: new Date(), sessionVersion: user.sessionVersion + 1 });
        const saved = await manager.save(user);
        await this.audit.record({ action: 'user.disable', targetType: 'user', targetId: id }, origin, manager);
        return saved;
      }),
    );
  }

  async enable(id: string, actor: GatewayActor, origin: AuditOrigin): Promise<UserDto> {
    return toUserDto(
      await this.write(async (manager) => {
        const user = await this.lockForChange(manager, id, actor);
        if (user.active) return user;
        Object.assign(user, { active: true, disabledAt: null });
        const saved = await manager.save(user);
        await this.audit.record({ action: 'user.enable', targetType: 'user', targetId: id }, origin, manager);
        return saved;
      }),
    );
  }

  /** A one-time password, shown once; the account's sessions end and it must change it at the next login. */
  async resetPassword(id: string, actor: GatewayActor, origin: AuditOrigin): Promise<TemporaryPasswordDto> {
    const password = temporaryPassword();
    const passwordHash = await this.passwords.hash(password);
    await this.write(async (manager) => {
      const user = await this.lockForChange(manager, id, actor);
      if (user.authSource === 'oidc') throw new DomainError(ErrorCode.ProviderManaged, "this account's password is the hospital identity provider's");
      Object.assign(user, { passwordHash, mustChangePassword: true, sessionVersion: user.sessionVersion + 1 });
      await manager.save(user);
      await this.audit.record({ action: 'user.password.reset', targetType: 'user', targetId: id }, origin, manager);
    });
    return { temporaryPassword: password };
  }

  /**
   * The staff member left the center: the accounts acting as them stop working at once. Called by
   * the staff route after dispatch has recorded the deactivation.
   */
  async disableForStaff(staffId: string, origin: AuditOrigin): Promise<number> {
    return this.write(async (manager) => {
      const users = await manager.find(UserEntity, { where: { staffId, active: true }, lock: { mode: 'pessimistic_write' } });
      for (const user of users) {
        Object.assign(user, { active: false, disabledAt: new Date(), sessionVersion: user.sessionVersion + 1 });
        await manager.save(user);
        await this.audit.record({ action: 'user.disable', targetType: 'user', targetId: user.id, details: { reason: 'staff member deactivated', staffId } }, origin, manager);
        this.log.log(`account ${user.username} disabled: staff member ${staffId} was deactivated`);
      }
      return users.length;
    });
  }

  private async write<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    try {
      return await this.db.transaction(async (manager) => {
        await manager.query(ADMINS_LOCK);
        return work(manager);
      });
    } catch (error) {
      const constraint = uniqueViolationOf(error)?.constraint;
      if (constraint === 'uq_users_username') {
        throw new DomainError(ErrorCode.UsernameTaken, 'an account with this username exists', { errors: [{ field: 'username', message: 'username is taken' }] });
      }
      if (constraint === 'uq_users_staff_id') {
        throw new DomainError(ErrorCode.StaffAlreadyLinked, 'the staff member has an account already', {
          errors: [{ field: 'staffId', message: 'staffId is linked to another account' }],
        });
      }
      throw error;
    }
  }

  /** The account, locked; a manager reaches only the center staff's accounts (and 404 hides nothing they may not see anyway). */
  private async lockForChange(manager: EntityManager, id: string, actor: GatewayActor): Promise<UserEntity> {
    const user = await manager.findOne(UserEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!user) throw DomainError.notFound(ErrorCode.UserNotFound, 'User', id);
    if (!actor.roles.includes(Role.Admin) && !user.roles.every((r) => CENTER_STAFF_ROLES.includes(r))) {
      throw new DomainError(ErrorCode.Forbidden, "a manager administers only the center staff's accounts (dispatcher, worker, desk clerk, supervisor, inspector)");
    }
    return user;
  }

  private assertMayGrant(actor: GatewayActor, roles: readonly Role[]): void {
    if (actor.roles.includes(Role.Admin)) return;
    const beyond = roles.filter((r) => !CENTER_STAFF_ROLES.includes(r));
    if (beyond.length) {
      throw new DomainError(ErrorCode.Forbidden, `only an administrator grants the roles ${beyond.join(', ')}`, {
        errors: [{ field: 'roles', message: `roles ${beyond.join(', ')} are granted by administrators only` }],
      });
    }
  }

  private async assertAnotherAdmin(manager: EntityManager, except: string): Promise<void> {
    const others = await manager
      .createQueryBuilder(UserEntity, 'u')
      .where(`'admin' = ANY(u.roles) AND u.active AND u.id <> :except`, { except })
      .getCount();
    if (!others) throw new DomainError(ErrorCode.LastAdmin, 'this is the last active administrator: make another one first');
  }
}
