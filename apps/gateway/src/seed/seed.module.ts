import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityModule } from '../identity/identity.module';
import { UserEntity } from '../identity/users/user.entity';
import { DemoUsersSeed } from './demo-users.seed';

/** The demo accounts, created only with SEED_DEMO=true. */
@Module({ imports: [TypeOrmModule.forFeature([UserEntity]), IdentityModule], providers: [DemoUsersSeed] })
export class SeedModule {}
