import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CreatePraiseService } from './create-praise.service';
import { PraiseEntity } from './praise.entity';
import { PraisesHandlers } from './praises.handlers';
import { PraisesQueryService } from './praises-query.service';

@Module({
  imports: [TypeOrmModule.forFeature([PraiseEntity])],
  controllers: [PraisesHandlers],
  providers: [CreatePraiseService, PraisesQueryService],
})
export class PraisesModule {}
