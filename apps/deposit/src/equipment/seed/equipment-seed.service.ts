import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { EquipmentUnitStatus } from '@hospital/contracts';
import { ENV, ServiceEnv, UnitOfWork } from '@hospital/platform';
import { EquipmentUnitEntity } from '../equipment-unit.entity';
import { demoEquipment } from './demo-equipment';

/**
 * With SEED_DEMO=true, makes sure every desk has its lending stock. Units already there (by code)
 * are left as they are, whatever their status: re-running, or a second replica starting, adds nothing.
 */
@Injectable()
export class EquipmentSeedService implements OnApplicationBootstrap {
  private readonly log = new Logger(EquipmentSeedService.name);

  constructor(
    @Inject(ENV) private readonly env: ServiceEnv,
    private readonly uow: UnitOfWork,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.env.SEED_DEMO) return;
    const added = await this.seed();
    this.log.log(`demo equipment: ${added} unit(s) added`);
  }

  /** Adds the missing demo units; returns how many. */
  seed(): Promise<number> {
    return this.uow.run(async ({ manager }) => {
      const result = await manager
        .createQueryBuilder()
        .insert()
        .into(EquipmentUnitEntity)
        .values(demoEquipment().map((unit) => ({ ...unit, status: EquipmentUnitStatus.Available, note: null, version: 1 })))
        .orIgnore()
        .returning('"id"')
        .execute();
      return (result.raw as unknown[]).length;
    });
  }
}
