import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { TaskEventEntity } from './task-event.entity';
import { TaskEntity } from './task.entity';
import { TasksHandlers } from './tasks.handlers';
import { DUE_MINUTES } from './due-minutes.token';
import { dueMinutesFrom } from './due-times';
import { TaskLifecycleService } from './task-lifecycle.service';
import { TasksService } from './tasks.service';

@Module({
  imports: [TypeOrmModule.forFeature([TaskEntity, TaskEventEntity])],
  controllers: [TasksHandlers],
  providers: [TasksService, TaskLifecycleService, { provide: DUE_MINUTES, useFactory: () => dueMinutesFrom(process.env) }],
})
export class TasksModule {}
