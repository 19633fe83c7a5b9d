import { Module } from '@nestjs/common';
import { StaffController } from './staff.controller';
import { TaskLifecycleController } from './task-lifecycle.controller';
import { TasksController } from './tasks.controller';

/** HTTP face of the dispatch service: validates, authorises, forwards over NATS. No logic here. */
@Module({ controllers: [StaffController, TasksController, TaskLifecycleController] })
export class DispatchHttpModule {}
