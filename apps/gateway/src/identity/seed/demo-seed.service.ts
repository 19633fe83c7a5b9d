import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { demoStaffId, ENV } from '@hospital/platform';
import { In, Repository } from 'typeorm';
import type { GatewayEnv } from '../../config';
import { PasswordHasher } from '../auth/password-hasher';
import { UserEntity } from '../users/user.entity';
import { DEMO_USERS, demoPassword } from './demo-users';

/**
 * With SEED_DEMO on, makes sure the demo accounts exist. Existing accounts are left alone (an
 * operator may have changed a password); ON CONFLICT makes replicas booting together harmless.
 */
@Injectable()
export class DemoSeedService implements OnApplicationBootstrap {
  private readonly log = new Logger(DemoSeedService.name);

  constructor(
    @Inject(ENV) private readonly env: Pick<GatewayEnv, 'SEED_DEMO'>,
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    private readonly passwords: PasswordHasher,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.env.SEED_DEMO) await this.seed();
  }

  /** Returns the usernames it created. */
  async seed(): Promise<string[]> {
    const existing = await this.users.find({
      select: { username: true },
      where: { username: In(DEMO_USERS.map((u) => u.username)) },
    });
    const known = new Set(existing.map((u) => u.username));
    const created: string[] = [];
    // Hash only what is missing: argon2 is deliberately slow, and restarts should stay quick.
    for (const user of DEMO_USERS.filter((u) => !known.has(u.username))) {
      const rows: { username: string }[] = await this.users.query(
        `INSERT INTO "identity"."users" ("username", "password_hash", "roles", "display_name", "staff_id")
         VALUES ($1, $2, $3::text[], $4, $5)
         ON CONFLICT ("username") DO NOTHING
         RETURNING "username"`,
        [user.username, await this.passwords.hash(demoPassword(user.username)), [user.role], user.displayName, user.staffNo ? demoStaffId(user.staffNo) : null],
      );
      created.push(...rows.map((r) => r.username));
    }
    if (created.length) this.log.log(`demo users created: ${created.join(', ')}`);
    return created;
  }
}
