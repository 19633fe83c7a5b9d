import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { TaskEventEntity } from './task-event.entity';
import { TaskEntity } from './task.entity';
import { TasksHandlers } from './tasks.handlers';
import { OverdueSweep } from './overdue-sweep';
import { TaskLifecycleService } from './task-lifecycle.service';
import { TasksService } from './tasks.service';

@Module({
  imports: [TypeOrmModule.forFeature([TaskEntity, TaskEventEntity])],
  controllers: [TasksHandlers],
  providers: [
    TasksService,
    TaskLifecycleService,
    OverdueSweep,
  ],
})
export class TasksModule {}
