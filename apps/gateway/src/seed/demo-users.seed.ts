import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DemoSeed, demoStaffId, insertMissing } from '@hospital/platform';
import { In, Repository } from 'typeorm';
import { PasswordHasher } from '../identity/auth/password-hasher';
import { UserEntity } from '../identity/users/user.entity';
import { DEMO_USERS, demoPassword } from './demo-users';

/** The demo accounts. One that exists is left alone: an operator may have changed its password. */
@Injectable()
export class DemoUsersSeed extends DemoSeed {
  protected readonly what = 'demo users';

  constructor(
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    private readonly passwords: PasswordHasher,
  ) {
    super();
  }

  async seed(): Promise<number> {
    return (await this.addMissing()).length;
  }

  /** Returns the usernames it created. */
  async addMissing(): Promise<string[]> {
    const existing = await this.users.find({ select: { username: true }, where: { username: In(DEMO_USERS.map((u) => u.username)) } });
    const known = new Set(existing.map((u) => u.username));
    // Hash only what is missing, one at a time: argon2 is deliberately slow and memory-hungry (19 MiB a hash).
    const rows: Partial<UserEntity>[] = [];
    for (const user of DEMO_USERS.filter((u) => !known.has(u.username))) {
      rows.push({
        username: user.username,
        passwordHash: await this.passwords.hash(demoPassword(user.username)),
        roles: [user.role],
        displayName: user.displayName,
        staffId: user.staffNo ? demoStaffId(user.staffNo) : null,
      });
    }
    // A replica booting at the same moment may insert some first: those are skipped, not counted.
    return (await insertMissing(this.users.manager, UserEntity, rows)).map((row) => row.username as string);
  }
}
