import { Actor, CreateTaskDto, Group, Post, Role, TaskPriority, TaskType } from '@hospital/contracts';
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

/** The worker's own account: a worker linked to their staff record, as the gateway passes it. */
export const workerAccount = (staffId: string, id = `user-worker-${staffId.slice(0, 8)}`): Actor => actors.user(Role.Worker, { id, staffId });

/** A new STAT specimen job given to `workerId` by the dispatcher; its id. */
export async function assignedJob(service: ServiceUnderTest, workerId: string): Promise<string> {
  const task = await service.app.get(CreateTaskService).create(specimen, dispatcher);
  await service.app.get(TaskLifecycleService).assign({ id: task.id, workerId }, dispatcher);
  return task.id;
}

/**
 * Dispatch in-process with one STAT specimen job assigned to a worker: what an incident is reported
 * on; and a colleague of the same group, who holds no job yet.
 */
export async function startWithAssignedJob(): Promise<{ service: ServiceUnderTest; workerId: string; colleagueId: string; taskId: string }> {
  const service = await startServiceUnderTest(dispatchService);
  const staff = service.app.get(StaffRecordsService);
  const worker = await staff.create({ staffNo: 'JZ9001', name: '担架员甲', group: Group.Emergency, posts: [Post.SpecimenCourier] }, dispatcher);
  const colleague = await staff.create({ staffNo: 'JZ9002', name: '担架员乙', group: Group.Emergency, posts: [Post.SpecimenCourier] }, dispatcher);
  const taskId = await assignedJob(service, worker.id);
  return { service, workerId: worker.id, colleagueId: colleague.id, taskId };
}
