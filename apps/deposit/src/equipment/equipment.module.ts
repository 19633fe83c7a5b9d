import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { EquipmentUnitEntity } from './equipment-unit.entity';
import { EquipmentQueryService } from './equipment-query.service';
import { EquipmentHandlers } from './equipment.handlers';
import { EquipmentService } from './equipment.service';
import { LoanOverdueSweep } from './loan-overdue-sweep';
import { LoanEntity } from './loan.entity';
import { LoansHandlers } from './loans.handlers';
import { LoansQueryService } from './loans-query.service';
import { LoansService } from './loans.service';

/** Lending equipment against a deposit: the inventory, loans and returns, the overdue sweep. */
@Module({
  imports: [TypeOrmModule.forFeature([EquipmentUnitEntity, LoanEntity])],
  controllers: [EquipmentHandlers, LoansHandlers],
  providers: [EquipmentService, EquipmentQueryService, LoansService, LoansQueryService, LoanOverdueSweep],
})
export class EquipmentModule {}
