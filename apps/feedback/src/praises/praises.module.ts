import { Module } from '@nestjs/common';
import { PraisesHandlers } from './praises.handlers';
import { PraisesService } from './praises.service';

@Module({ controllers: [PraisesHandlers], providers: [PraisesService] })
export class PraisesModule {}
