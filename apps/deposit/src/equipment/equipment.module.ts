import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { EquipmentUnitEntity } from './equipment-unit.entity';
import { EquipmentHandlers } from './equipment.handlers';
import { EquipmentService } from './equipment.service';
import { LoanOverdueSweep } from './loan-overdue-sweep';
import { LoanQueriesService } from './loan-queries.service';
import { LoanEntity } from './loan.entity';
import { LoansHandlers } from './loans.handlers';
import { LoansService } from './loans.service';
import { EquipmentSeedService } from './seed/equipment-seed.service';

/** Lending equipment against a deposit: the inventory, loans and returns, the overdue sweep, the demo stock. */
@Module({
  imports: [TypeOrmModule.forFeature([EquipmentUnitEntity, LoanEntity])],
  controllers: [EquipmentHandlers, LoansHandlers],
  providers: [EquipmentService, LoansService, LoanQueriesService, LoanOverdueSweep, EquipmentSeedService],
})
export class EquipmentModule {}
