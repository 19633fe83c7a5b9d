import { Module } from '@nestjs/common';
import { IncidentsController } from './incidents.controller';
import { StaffController } from './staff.controller';
import { StatsController } from './stats.controller';
import { TaskLifecycleController } from './task-lifecycle.controller';
import { TasksController } from './tasks.controller';

/** HTTP face of the dispatch service: validates, authorises, forwards over NATS. No logic here. */
@Module({ controllers: [StaffController, TasksController, TaskLifecycleController, IncidentsController, StatsController] })
export class DispatchHttpModule {}
