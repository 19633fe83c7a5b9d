import { Module } from '@nestjs/common';
import { DemoEquipmentSeed } from './demo-equipment.seed';

/** The demo data, loaded only with SEED_DEMO=true. */
@Module({ providers: [DemoEquipmentSeed] })
export class SeedModule {}
