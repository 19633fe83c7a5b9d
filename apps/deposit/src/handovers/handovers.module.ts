import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { HandoverEntity } from './handover.entity';
import { HandoversHandlers } from './handovers.handlers';
import { HandoversQueryService } from './handovers-query.service';
import { HandoversService } from './handovers.service';

@Module({
  imports: [TypeOrmModule.forFeature([HandoverEntity])],
  controllers: [HandoversHandlers],
  providers: [HandoversService, HandoversQueryService],
})
export class HandoversModule {}
