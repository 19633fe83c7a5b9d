import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Role } from '@hospital/contracts';
import { DataSource } from 'typeorm';
import { AuditService, SYSTEM_ORIGIN } from '../../audit/audit.service';
import { GATEWAY_CONFIG, type GatewayConfig } from '../../config';
import { PasswordHasher } from '../auth/password-hasher';
import { UserEntity } from './user.entity';

export type FirstAdminOutcome = { created: true; username: string } | { created: false; reason: string };

/**
 * A production install starts with nobody who can log in: the operator names the first
 * administrator in a Secret (INITIAL_ADMIN_USERNAME / INITIAL_ADMIN_PASSWORD). It is created once,
 * only while no active administrator exists, on a password that must be changed at first login;
 * afterwards the Secret changes nothing, so rotating or forgetting it is harmless.
 */
@Injectable()
export class FirstAdmin implements OnApplicationBootstrap {
  private readonly log = new Logger(FirstAdmin.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(GATEWAY_CONFIG) private readonly config: GatewayConfig,
    private readonly passwords: PasswordHasher,
    private readonly audit: AuditService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.config.initialAdmin) await this.ensure();
  }

  /** Also the one-shot command (CREATE_ADMIN_ONLY). Replicas booting together create one admin: the lock serialises them. */
  async ensure(): Promise<FirstAdminOutcome> {
    const initial = this.config.initialAdmin;
    if (!initial) return { created: false, reason: 'INITIAL_ADMIN_USERNAME and INITIAL_ADMIN_PASSWORD are not set' };
    const passwordHash = await this.passwords.hash(initial.password);
    const outcome = await this.db.transaction(async (manager): Promise<FirstAdminOutcome> => {
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext('identity.admins'))`);
      const admins = await manager
        .createQueryBuilder(UserEntity, 'u')
        .where(`'admin' = ANY(u.roles) AND u.active`)
        .getCount();
      if (admins) return { created: false, reason: `an active administrator exists (${admins}); nothing changed` };
      if (await manager.exists(UserEntity, { where: { username: initial.username } })) {
        // Never turn an existing person's account into an administrator behind their back.
        throw new Error(`INITIAL_ADMIN_USERNAME "${initial.username}" is an existing account that is not an active administrator: choose another username`);
      }
      const admin = await manager.save(
        manager.create(UserEntity, {
          username: initial.username,
          displayName: 'Administrator',
          roles: [Role.Admin],
          staffId: null,
          passwordHash,
          mustChangePassword: true,
          authSource: 'local',
        }),
      );
      await this.audit.record({ action: 'user.create', targetType: 'user', targetId: admin.id, details: { username: admin.username, roles: admin.roles, initialAdmin: true } }, SYSTEM_ORIGIN, manager);
      return { created: true, username: admin.username };
    });
    if (outcome.created) this.log.log(`first administrator "${outcome.username}" created; the password must be changed at first login`);
    else this.log.log(`first administrator not created: ${outcome.reason}`);
    return outcome;
  }
}
