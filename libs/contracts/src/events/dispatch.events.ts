import { Shift } from '../dispatch/duty/shifts';
import { Group, IncidentKind, IncidentSeverity, Post, TaskPriority, TaskStatus, TaskType } from '../dispatch/enums';
import { IncidentStatus } from '../dispatch/incidents/incident.dto';
import { EventEnvelope } from './envelope';

/** Events the dispatch service emits (version 1 of each payload). */
export const DispatchEvents = {
  staffCreated: 'dispatch.staff.created',
  staffUpdated: 'dispatch.staff.updated',
  staffClockedIn: 'dispatch.staff.clocked-in',
  staffClockedOut: 'dispatch.staff.clocked-out',
  staffBreakStarted: 'dispatch.staff.break-started',
  staffBreakEnded: 'dispatch.staff.break-ended',
  taskCreated: 'dispatch.task.created',
  taskAssigned: 'dispatch.task.assigned',
  taskAccepted: 'dispatch.task.accepted',
  taskDeclined: 'dispatch.task.declined',
  taskStarted: 'dispatch.task.started',
  taskCompleted: 'dispatch.task.completed',
  taskCancelled: 'dispatch.task.cancelled',
  taskOverdue: 'dispatch.task.overdue',
  /** A booked job entered the queue at its lead time (or early, by the floor): SCHEDULED → PENDING. */
  taskReleased: 'dispatch.task.released',
  /** A booked job was changed while SCHEDULED (time, priority, places, requester, notes). */
  taskEdited: 'dispatch.task.edited',
  incidentReported: 'dispatch.incident.reported',
  incidentConfirmed: 'dispatch.incident.confirmed',
  incidentDismissed: 'dispatch.incident.dismissed',
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

/** Attendance as evaluation needs it: who, when, for which shift, and whether late (after a 5-minute grace). */
export interface StaffClockedInV1 {
  staffId: string;
  staffNo: string;
  group: Group;
  shift: Shift;
  at: string;
  /** Scheduled start of the shift occurrence clocked in for. */
  shiftStart: string;
  /** Whole minutes after the scheduled start; 0 when on time (within the grace) or early. */
  minutesLate: number;
  late: boolean;
}

export interface StaffClockedOutV1 {
  staffId: string;
  staffNo: string;
  group: Group;
  shift: Shift;
  at: string;
  /** Scheduled end of the shift occurrence clocked in for. */
  shiftEnd: string;
  /** Whole minutes before the scheduled end; 0 when on time (within the grace) or later. */
  minutesEarly: number;
  early: boolean;
}

export type StaffClockedInEvent = EventEnvelope<typeof DispatchEvents.staffClockedIn, StaffClockedInV1>;
export type StaffClockedOutEvent = EventEnvelope<typeof DispatchEvents.staffClockedOut, StaffClockedOutV1>;

/** A worker paused their duty: nobody auto-assigns them a job until it ends. The reason (free text) stays in dispatch. */
export interface StaffBreakStartedV1 {
  breakId: string;
  staffId: string;
  staffNo: string;
  group: Group;
  at: string;
}

export interface StaffBreakEndedV1 {
  breakId: string;
  staffId: string;
  staffNo: string;
  group: Group;
  startedAt: string;
  at: string;
  /** Whole minutes from start to end. */
  minutes: number;
  /** Ended by their clock-out rather than on its own. */
  byClockOut: boolean;
}

export type StaffBreakStartedEvent = EventEnvelope<typeof DispatchEvents.staffBreakStarted, StaffBreakStartedV1>;
export type StaffBreakEndedEvent = EventEnvelope<typeof DispatchEvents.staffBreakEnded, StaffBreakEndedV1>;

export interface TaskCreatedV1 {
  id: string;
  number: string;
  type: TaskType;
  priority: TaskPriority;
  group: Group;
  createdBy: string;
  createdAt: string;
  dueAt: string;
  /** SCHEDULED for a booked job, else PENDING; absent in events emitted before booking existed (PENDING). */
  status?: TaskStatus;
  /** A booked job's time (the exam at 14:30) and when it enters the queue; absent for a job wanted now. */
  scheduledFor?: string;
  releaseAt?: string;
}

export type TaskCreatedEvent = EventEnvelope<typeof DispatchEvents.taskCreated, TaskCreatedV1>;

/** One step of a task's life, with what evaluation needs: who, when, and on time or late. */
export interface TaskStepV1 {
  id: string;
  number: string;
  type: TaskType;
  priority: TaskPriority;
  group: Group;
  status: TaskStatus;
  /** The worker concerned (the assignee; for a decline, the worker who declined). */
  workerId: string | null;
  /** Who did the step (user or API key id). */
  actorId: string;
  at: string;
  dueAt: string;
  /** On completion: whether it was delivered by its due time. */
  onTime?: boolean;
  note?: string | null;
  /**
   * Who raised the job (user id, or a hospital system's id): whose webhooks hear of it. Absent in
   * events emitted before it was added; the webhooks service then looks it up from `dispatch.task.created`.
   */
  createdBy?: string;
}

type TaskStepType = Exclude<
  (typeof DispatchEvents)[keyof typeof DispatchEvents],
  | 'dispatch.staff.created'
  | 'dispatch.staff.updated'
  | 'dispatch.staff.clocked-in'
  | 'dispatch.staff.clocked-out'
  | 'dispatch.staff.break-started'
  | 'dispatch.staff.break-ended'
  | 'dispatch.task.created'
  | 'dispatch.incident.reported'
  | 'dispatch.incident.confirmed'
  | 'dispatch.incident.dismissed'
>;
export type TaskStepEvent = EventEnvelope<TaskStepType, TaskStepV1>;

/** What every incident event says about the incident and its job (reported, confirmed, dismissed). */
export interface IncidentFactsV1 {
  id: string;
  taskId: string;
  taskNumber: string;
  taskType: TaskType;
  group: Group;
  kind: IncidentKind;
  severity: IncidentSeverity;
  staffIds: string[];
  /** When it was reported: the time evaluation files it under, whenever it is confirmed. */
  reportedAt: string;
}

/** 差错 on a job, with the staff involved: evaluation's one-vote veto reads it. */
export interface IncidentReportedV1 extends IncidentFactsV1 {
  /**
   * CONFIRMED counts at once; PENDING counts only once `dispatch.incident.confirmed` follows.
   * Absent in events emitted before incidents had a status: those were all confirmed.
   */
  status?: IncidentStatus.Confirmed | IncidentStatus.Pending;
  reportedBy: string;
  /** The reporter's staff member; null for a system or unlinked account. Absent in older events. */
  reportedByStaffId?: string | null;
}

export type IncidentReportedEvent = EventEnvelope<typeof DispatchEvents.incidentReported, IncidentReportedV1>;

/** A PENDING incident confirmed by the floor: from now it counts, as a report CONFIRMED at once would have. */
export interface IncidentConfirmedV1 extends IncidentFactsV1 {
  /** Who confirmed it (user id). */
  confirmedBy: string;
  confirmedAt: string;
}

export type IncidentConfirmedEvent = EventEnvelope<typeof DispatchEvents.incidentConfirmed, IncidentConfirmedV1>;

/** A PENDING incident dismissed by the floor: it never counts. The reason stays in dispatch (free text). */
export interface IncidentDismissedV1 extends IncidentFactsV1 {
  /** Who dismissed it (user id). */
  dismissedBy: string;
  dismissedAt: string;
}

export type IncidentDismissedEvent = EventEnvelope<typeof DispatchEvents.incidentDismissed, IncidentDismissedV1>;

/** Every event dispatch emits, discriminated on `type`: what a typed reader of its subjects gets. */
export type DispatchEvent =
  | StaffCreatedEvent
  | StaffUpdatedEvent
  | StaffClockedInEvent
  | StaffClockedOutEvent
  | StaffBreakStartedEvent
  | StaffBreakEndedEvent
  | TaskCreatedEvent
  | TaskStepEvent
  | IncidentReportedEvent
  | IncidentConfirmedEvent
  | IncidentDismissedEvent;
