import { Group, Post, TaskPriority, TaskType } from '../dispatch/enums';
import { EventEnvelope } from './envelope';

/** Events the dispatch service emits (version 1 of each payload). */
export const DispatchEvents = {
  staffCreated: 'dispatch.staff.created',
  staffUpdated: 'dispatch.staff.updated',
  taskCreated: 'dispatch.task.created',
} as const;

/** The directory entry as other services may keep it (no phone: they do not need it). */
export interface StaffSnapshotV1 {
  id: string;
  staffNo: string;
  name: string;
  group: Group;
  posts: Post[];
  active: boolean;
  /** The staff row's version: a consumer ignores a snapshot older than the one it has. */
  version: number;
}

export type StaffCreatedEvent = EventEnvelope<typeof DispatchEvents.staffCreated, StaffSnapshotV1>;
export type StaffUpdatedEvent = EventEnvelope<typeof DispatchEvents.staffUpdated, StaffSnapshotV1>;

export interface TaskCreatedV1 {
  id: string;
  number: string;
  type: TaskType;
  priority: TaskPriority;
  group: string;
  createdBy: string;
  createdAt: string;
}

export type TaskCreatedEvent = EventEnvelope<typeof DispatchEvents.taskCreated, TaskCreatedV1>;
