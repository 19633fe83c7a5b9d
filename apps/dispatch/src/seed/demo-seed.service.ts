import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { DispatchEvents, StaffCreatedEvent } from '@hospital/contracts';
import { demoStaffId, ENV, ServiceEnv, UnitOfWork } from '@hospital/platform';
import { StaffEntity } from '../staff/staff.entity';
import { staffSnapshot } from '../staff/staff.events';
import { demoStaff } from './demo-staff';

/**
 * With SEED_DEMO=true, makes sure the demo staff exist; re-running changes nothing. Goes
 * through the outbox like any other new staff, so the other services' copies include them.
 * Ids derive from staff numbers (demoStaffId), so the gateway can link demo accounts to them.
 */
@Injectable()
export class DemoSeedService implements OnApplicationBootstrap {
  private readonly log = new Logger(DemoSeedService.name);

  constructor(
    @Inject(ENV) private readonly env: ServiceEnv,
    private readonly uow: UnitOfWork,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.env.SEED_DEMO) return;
    const added = await this.uow.run(async ({ manager, emit }) => {
      const result = await manager
        .createQueryBuilder()
        .insert()
        .into(StaffEntity)
        .values(demoStaff().map((s) => ({ ...s, id: demoStaffId(s.staffNo), active: true, version: 1 })))
        .orIgnore()
        .returning('*')
        .execute();
      const inserted = (result.raw as Record<string, unknown>[]).map((row) => manager.create(StaffEntity, {
        id: row.id as string,
        staffNo: row.staff_no as string,
        name: row.name as string,
        group: row.group as StaffEntity['group'],
        posts: row.posts as StaffEntity['posts'],
        active: row.active as boolean,
        version: row.version as number,
      }));
      for (const staff of inserted) emit<StaffCreatedEvent>(DispatchEvents.staffCreated, staff.id, staffSnapshot(staff));
      return inserted.length;
    });
    this.log.log(`demo staff: ${added} added`);
  }
}
