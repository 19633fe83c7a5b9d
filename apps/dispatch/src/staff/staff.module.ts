import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { StaffEntity } from './staff.entity';
import { StaffHandlers } from './staff.handlers';
import { StaffQueryService } from './staff-query.service';
import { StaffRecordsService } from './staff-records.service';

@Module({
  imports: [TypeOrmModule.forFeature([StaffEntity])],
  controllers: [StaffHandlers],
  providers: [StaffRecordsService, StaffQueryService],
})
export class StaffModule {}
