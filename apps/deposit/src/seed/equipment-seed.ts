import { Injectable } from '@nestjs/common';
import { InjectEntityManager } from '@nestjs/typeorm';
import { EquipmentUnitStatus } from '@hospital/contracts';
import { DemoSeed, insertMissing } from '@hospital/platform';
import { EntityManager } from 'typeorm';
import { EquipmentUnitEntity } from '../equipment/equipment-unit.entity';
import { demoEquipment } from './demo-equipment';

/**
 * Every desk's lending stock. Units already there (by code) are left as they are, whatever their
 * status: a clerk may have sent one to maintenance since.
 */
@Injectable()
export class EquipmentSeed extends DemoSeed {
  protected readonly what = 'demo equipment';

  constructor(@InjectEntityManager() private readonly manager: EntityManager) {
    super();
  }

  async seed(): Promise<number> {
    const rows = demoEquipment().map((unit) => ({ ...unit, status: EquipmentUnitStatus.Available, note: null, version: 1 }));
    return (await insertMissing(this.manager, EquipmentUnitEntity, rows)).length;
  }
}
