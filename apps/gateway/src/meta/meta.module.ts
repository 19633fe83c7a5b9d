import { Module } from '@nestjs/common';
import { MetaController } from './meta.controller';

/** What the gateway answers about the API itself, from the contract alone: no service behind it. */
@Module({ controllers: [MetaController] })
export class MetaHttpModule {}
