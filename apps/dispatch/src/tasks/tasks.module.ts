import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { TaskEventEntity } from './task-event.entity';
import { TaskEntity } from './task.entity';
import { TasksHandlers } from './tasks.handlers';
import { TasksService } from './tasks.service';

@Module({
  imports: [TypeOrmModule.forFeature([TaskEntity, TaskEventEntity])],
  controllers: [TasksHandlers],
  providers: [TasksService],
})
export class TasksModule {}
