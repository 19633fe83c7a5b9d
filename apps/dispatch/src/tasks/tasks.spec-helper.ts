import { CreateTaskDto, Group, Role, TaskPriority, TaskType } from '@hospital/contracts';
import { actors } from '@hospital/testing';

/** The dispatcher who raises the jobs in these tests. */
export const dispatcher = actors.user(Role.Dispatcher, { id: 'user-dispatcher-01' });

/** An urgent specimen job of internal medicine, as a ward raises it; change what a case is about. */
export const newTask = (overrides: Partial<CreateTaskDto> = {}): CreateTaskDto => ({
  type: TaskType.Specimen,
  priority: TaskPriority.Urgent,
  group: Group.InternalMedicine,
  origin: { department: '心内科', ward: '5病区', bed: '12' },
  destination: { department: '检验科' },
  requester: { department: '心内科', contactName: '李护士', phone: '8021' },
  ...overrides,
});
