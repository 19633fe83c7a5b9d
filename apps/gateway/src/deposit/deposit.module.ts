import { Module } from '@nestjs/common';
import { EquipmentController } from './equipment.controller';
import { LedgerController } from './ledger.controller';
import { LoansController } from './loans.controller';
import { HandoversController } from './handovers.controller';
import { UnclaimedController } from './unclaimed.controller';
import { DepositsController } from './deposits.controller';

/** HTTP face of the deposit service: validates, authorises, forwards over NATS. No logic here. */
@Module({
  // Express matches routes in registration order: the static /deposits/handovers and
  // /deposits/sweep-overdue go before any controller with a /deposits/:id route.
  controllers: [HandoversController, UnclaimedController, EquipmentController, LoansController, LedgerController, DepositsController],
})
export class DepositHttpModule {}
