import { Module } from '@nestjs/common';
import { StaffDirectoryProjector } from './staff-directory.projector';

@Module({ providers: [StaffDirectoryProjector] })
export class StaffDirectoryModule {}
