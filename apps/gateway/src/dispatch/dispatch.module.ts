import { Module } from '@nestjs/common';
import { IdentityModule } from '../identity/identity.module';
import { BoardController } from './board.controller';
import { IncidentsController } from './incidents.controller';
import { MyQueueController } from './my-queue.controller';
import { BoardLiveModule } from './live/board-live.module';
import { SchedulesController } from './schedules.controller';
import { StaffController } from './staff.controller';
import { StatsController } from './stats.controller';
import { TaskLifecycleController } from './task-lifecycle.controller';
import { TasksController } from './tasks.controller';

/** HTTP face of the dispatch service: validates, authorises, forwards over NATS. No logic here. */
@Module({
  // Identity: deactivating a staff member disables the accounts acting as them.
  imports: [BoardLiveModule, IdentityModule],
  controllers: [StaffController, TasksController, TaskLifecycleController, IncidentsController, StatsController, BoardController, MyQueueController, SchedulesController],
})
export class DispatchHttpModule {}
