import { Module } from '@nestjs/common';
import { IncidentsHandlers } from './incidents.handlers';
import { IncidentsService } from './incidents.service';

@Module({ controllers: [IncidentsHandlers], providers: [IncidentsService] })
export class IncidentsModule {}
