import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CreateTaskService } from './create-task.service';
import { OverdueSweep } from './overdue-sweep';
import { ReleaseSweep } from './release-sweep';
import { TaskEventEntity } from './task-event.entity';
import { TaskLifecycleService } from './task-lifecycle.service';
import { TaskEntity } from './task.entity';
import { TasksQueryService } from './tasks-query.service';
import { TasksHandlers } from './tasks.handlers';

@Module({
  imports: [TypeOrmModule.forFeature([TaskEntity, TaskEventEntity])],
  controllers: [TasksHandlers],
  providers: [CreateTaskService, TasksQueryService, TaskLifecycleService, OverdueSweep, ReleaseSweep],
  exports: [CreateTaskService],
})
export class TasksModule {}
