import { IncidentEntity } from '../incidents/incident.entity';
import { StaffEntity } from '../staff/staff.entity';
import { TaskEventEntity } from '../tasks/task-event.entity';
import { TaskEntity } from '../tasks/task.entity';
import { CreateStaffAndTasks1763900000000 } from './migrations/1763900000000-CreateStaffAndTasks';
import { AddTaskLifecycle1763900000200 } from './migrations/1763900000200-AddTaskLifecycle';
import { CreateIncidentsAndOverdue1763900000300 } from './migrations/1763900000300-CreateIncidentsAndOverdue';

export const DISPATCH_ENTITIES = [StaffEntity, TaskEntity, TaskEventEntity, IncidentEntity];
export const DISPATCH_MIGRATIONS = [
  CreateStaffAndTasks1763900000000,
  AddTaskLifecycle1763900000200,
  CreateIncidentsAndOverdue1763900000300,
];
