import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { TaskEventEntity } from './task-event.entity';
import { TaskEntity } from './task.entity';
import { TasksHandlers } from './tasks.handlers';
import { DUE_MINUTES, OVERDUE_SWEEP_MS } from './due-minutes.token';
import { dueTableFrom, overdueSweepMsFrom } from './due-times';
import { TASK_FEES, taskFeesFrom } from './details/task-fees';
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
    { provide: DUE_MINUTES, useFactory: () => dueTableFrom(process.env) },
    { provide: TASK_FEES, useFactory: () => taskFeesFrom(process.env) },
    { provide: OVERDUE_SWEEP_MS, useFactory: () => overdueSweepMsFrom(process.env) },
  ],
})
export class TasksModule {}
