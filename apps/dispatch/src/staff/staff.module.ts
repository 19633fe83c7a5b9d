import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { StaffEntity } from './staff.entity';
import { StaffHandlers } from './staff.handlers';
import { StaffService } from './staff.service';

@Module({
  imports: [TypeOrmModule.forFeature([StaffEntity])],
  controllers: [StaffHandlers],
  providers: [StaffService],
  exports: [StaffService],
})
export class StaffModule {}
