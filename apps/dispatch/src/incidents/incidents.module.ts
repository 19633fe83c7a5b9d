import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { TaskEntity } from '../tasks/task.entity';
import { IncidentEntity } from './incident.entity';
import { IncidentsQueryService } from './incidents-query.service';
import { IncidentsHandlers } from './incidents.handlers';
import { ReportIncidentService } from './report-incident.service';
import { ReviewIncidentService } from './review-incident.service';

@Module({
  imports: [TypeOrmModule.forFeature([IncidentEntity, TaskEntity])],
  controllers: [IncidentsHandlers],
  providers: [ReportIncidentService, ReviewIncidentService, IncidentsQueryService],
})
export class IncidentsModule {}
