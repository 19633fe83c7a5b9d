import { Module } from '@nestjs/common';
import { EquipmentSeed } from './equipment-seed';

/** The demo data, loaded only with SEED_DEMO=true. */
@Module({ providers: [EquipmentSeed] })
export class SeedModule {}
