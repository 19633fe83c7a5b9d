import { CreateTaskDto, Group, Post, Role, TaskPriority, TaskType } from '@hospital/contracts';
import { ServiceUnderTest, startServiceUnderTest } from '@hospital/service-testing';
import { actors } from '@hospital/testing';
import { dispatchService } from '../service';
import { StaffRecordsService } from '../staff/staff-records.service';
import { CreateTaskService } from '../tasks/create-task.service';
import { TaskLifecycleService } from '../tasks/task-lifecycle.service';

export const dispatcher = actors.user(Role.Dispatcher);

const specimen: CreateTaskDto = {
  type: TaskType.Specimen,
  priority: TaskPriority.Stat,
  group: Group.Emergency,
  origin: { department: '急诊' },
  destination: { department: '检验科' },
  requester: { department: '急诊' },
};

/** Dispatch in-process with one STAT specimen job assigned to a worker: what an incident is reported on. */
export async function startWithAssignedJob(): Promise<{ service: ServiceUnderTest; workerId: string; taskId: string }> {
  const service = await startServiceUnderTest(dispatchService);
  const worker = await service.app
    .get(StaffRecordsService)
    .create({ staffNo: 'JZ9001', name: '担架员甲', group: Group.Emergency, posts: [Post.SpecimenCourier] }, dispatcher);
  const task = await service.app.get(CreateTaskService).create(specimen, dispatcher);
  await service.app.get(TaskLifecycleService).assign({ id: task.id, workerId: worker.id }, dispatcher);
  return { service, workerId: worker.id, taskId: task.id };
}
