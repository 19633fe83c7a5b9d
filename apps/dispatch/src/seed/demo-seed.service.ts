import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { ENV, ServiceEnv } from '@hospital/platform';
import { Repository } from 'typeorm';
import { StaffEntity } from '../staff/staff.entity';
import { demoStaff } from './demo-staff';

/** With SEED_DEMO=true, makes sure the demo staff exist; re-running changes nothing. */
@Injectable()
export class DemoSeedService implements OnApplicationBootstrap {
  private readonly log = new Logger(DemoSeedService.name);

  constructor(
    @Inject(ENV) private readonly env: ServiceEnv,
    @InjectRepository(StaffEntity) private readonly staff: Repository<StaffEntity>,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.env.SEED_DEMO) return;
    const result = await this.staff
      .createQueryBuilder()
      .insert()
      .values(demoStaff().map((s) => ({ ...s, active: true, version: 1 })))
      .orIgnore()
      .execute();
    this.log.log(`demo staff: ${result.identifiers.filter(Boolean).length} added`);
  }
}
