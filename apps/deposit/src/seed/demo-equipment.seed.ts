import { Injectable } from '@nestjs/common';
import { EquipmentUnitStatus } from '@hospital/contracts';
import { DemoSeed, insertMissing, UnitOfWork } from '@hospital/platform';
import { EquipmentUnitEntity } from '../equipment/equipment-unit.entity';
import { demoEquipment } from './demo-equipment';

/**
 * Every desk's lending stock. Units already there (by code) are left as they are, whatever their
 * status: a clerk may have sent one to maintenance since.
 */
@Injectable()
export class DemoEquipmentSeed extends DemoSeed {
  protected readonly what = 'demo equipment';

  constructor(private readonly uow: UnitOfWork) {
    super();
  }

  seed(): Promise<number> {
    const rows = demoEquipment().map((unit) => ({ ...unit, status: EquipmentUnitStatus.Available, note: null, version: 1 }));
    return this.uow.run(async ({ manager }) => (await insertMissing(manager, EquipmentUnitEntity, rows)).length);
  }
}
