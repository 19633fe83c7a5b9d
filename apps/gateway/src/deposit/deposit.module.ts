import { Module } from '@nestjs/common';

/** HTTP face of the deposit service: validates, authorises, forwards over NATS. No logic here. */
@Module({
  controllers: [],
})
export class DepositHttpModule {}
