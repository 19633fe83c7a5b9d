import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DepositCheckInService } from './deposit-check-in.service';
import { DepositClaimsService } from './deposit-claims.service';
import { DepositEntity } from './deposit.entity';
import { DepositsHandlers } from './deposits.handlers';
import { DepositsQueryService } from './deposits-query.service';
import { PickupCodes } from './pickup-codes';

@Module({
  imports: [TypeOrmModule.forFeature([DepositEntity])],
  controllers: [DepositsHandlers],
  providers: [DepositCheckInService, DepositClaimsService, DepositsQueryService, PickupCodes],
})
export class DepositsModule {}
