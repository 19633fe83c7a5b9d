import { Module } from '@nestjs/common';
import { DemoStaffSeed } from './demo-staff.seed';

/** The demo data, loaded with SEED_DEMO=true only. */
@Module({ providers: [DemoStaffSeed] })
export class SeedModule {}
