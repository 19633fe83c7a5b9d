import { DutyBreakEntity } from '../duty/duty-break.entity';
import { DutySessionEntity } from '../duty/duty-session.entity';
import { IncidentEntity } from '../incidents/incident.entity';
import { StaffEntity } from '../staff/staff.entity';
import { TaskEventEntity } from '../tasks/task-event.entity';
import { TaskEntity } from '../tasks/task.entity';
import { CreateStaffAndTasks1763900000000 } from './migrations/1763900000000-CreateStaffAndTasks';
import { AddTaskLifecycle1763900000200 } from './migrations/1763900000200-AddTaskLifecycle';
import { CreateIncidentsAndOverdue1763900000300 } from './migrations/1763900000300-CreateIncidentsAndOverdue';
import { AddTaskDetailsAndFees1763900000400 } from './migrations/1763900000400-AddTaskDetailsAndFees';
import { AddStatsCoveringIndex1763900000600 } from './migrations/1763900000600-AddStatsCoveringIndex';
import { AddDutyAndCapacity1763900000500 } from './migrations/1763900000500-AddDutyAndCapacity';
import { AddIncidentReview1763900000700 } from './migrations/1763900000700-AddIncidentReview';
import { AddTasksChangedIndex1764500000100 } from './migrations/1764500000100-AddTasksChangedIndex';
import { AddBookedTasks1764600000100 } from './migrations/1764600000100-AddBookedTasks';
import { CreateTaskSchedules1764600000200 } from './migrations/1764600000200-CreateTaskSchedules';
import { HolidayEntity } from '../schedules/holiday.entity';
import { ScheduleOccurrenceEntity } from '../schedules/schedule-occurrence.entity';
import { TaskScheduleEntity } from '../schedules/schedule.entity';
import { CreateDutyBreaks1764600000300 } from './migrations/1764600000300-CreateDutyBreaks';

export const DISPATCH_ENTITIES = [StaffEntity, TaskEntity, TaskEventEntity, IncidentEntity, DutySessionEntity, DutyBreakEntity, TaskScheduleEntity, ScheduleOccurrenceEntity, HolidayEntity];
export const DISPATCH_MIGRATIONS = [
  CreateStaffAndTasks1763900000000,
  AddTaskLifecycle1763900000200,
  CreateIncidentsAndOverdue1763900000300,
  AddTaskDetailsAndFees1763900000400,
  AddDutyAndCapacity1763900000500,
  AddStatsCoveringIndex1763900000600,
  AddIncidentReview1763900000700,
  AddTasksChangedIndex1764500000100,
  AddBookedTasks1764600000100,
  CreateTaskSchedules1764600000200,
  CreateDutyBreaks1764600000300,
];
