import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { HandoverEntity } from './handover.entity';
import { HandoversHandlers } from './handovers.handlers';
import { HandoversService } from './handovers.service';

@Module({
  imports: [TypeOrmModule.forFeature([HandoverEntity])],
  controllers: [HandoversHandlers],
  providers: [HandoversService],
})
export class HandoversModule {}
