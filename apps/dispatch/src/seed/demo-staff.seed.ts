import { Injectable } from '@nestjs/common';
import { DispatchEvents, StaffCreatedEvent } from '@hospital/contracts';
import { DemoSeed, demoStaffId, insertMissing, UnitOfWork } from '@hospital/platform';
import { StaffEntity } from '../staff/staff.entity';
import { staffSnapshot } from '../staff/staff.events';
import { demoStaff } from './demo-staff';

/**
 * The center's demo staff (docs/domain.md §1.1). Goes through the outbox like any other new staff,
 * so the other services' copies include them. Ids derive from staff numbers (demoStaffId), so the
 * gateway can link demo accounts to them.
 */
@Injectable()
export class DemoStaffSeed extends DemoSeed {
  protected readonly what = 'demo staff';

  constructor(private readonly uow: UnitOfWork) {
    super();
  }

  seed(): Promise<number> {
    return this.uow.run(async ({ manager, emit }) => {
      const rows = demoStaff().map((s) => ({ ...s, id: demoStaffId(s.staffNo), active: true, version: 1 }));
      const inserted = (await insertMissing(manager, StaffEntity, rows)).map((row) =>
        manager.create(StaffEntity, {
          id: row.id as string,
          staffNo: row.staff_no as string,
          name: row.name as string,
          group: row.group as StaffEntity['group'],
          posts: row.posts as StaffEntity['posts'],
          active: row.active as boolean,
          version: row.version as number,
        }),
      );
      // Only those added now: a person already there was announced when they were added.
      for (const staff of inserted) emit<StaffCreatedEvent>(DispatchEvents.staffCreated, staff.id, staffSnapshot(staff));
      return inserted.length;
    });
  }
}
