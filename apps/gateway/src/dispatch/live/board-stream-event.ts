import { BoardStreamEventDto, DispatchEvent, DispatchEvents, Group, TaskPriority, TaskStatus } from '@hospital/contracts';

const GROUPS = new Set<string>(Object.values(Group));
const PRIORITIES = new Set<string>(Object.values(TaskPriority));
const STATUSES = new Set<string>(Object.values(TaskStatus));

/** One message for the SSE clients: `event:` is `type`, `data:` the DTO (the SSE `id:` is the stream sequence, added by the feed). */
export interface BoardStreamMessage {
  type: string;
  data: BoardStreamEventDto;
}

// The payload is read through the contract's types, so a renamed field fails to compile; the values
// are still checked, because an older or foreign publisher may have sent less than the type says.
const text = (value: string | null | undefined): string | null => (typeof value === 'string' && value.length > 0 ? value : null);
const oneOf = <T extends string>(allowed: Set<string>, value: string | null | undefined): T | null =>
  typeof value === 'string' && allowed.has(value) ? (value as T) : null;

/**
 * The few fields a board needs, so a new field (a name, a patient detail) in a payload never leaks
 * to the stream by accident. Null for anything that is not a board event: dispatch's jobs, the
 * incidents on them, and its workers (directory, clock and breaks).
 */
export function toBoardStreamMessage(event: DispatchEvent): BoardStreamMessage | null {
  const data = boardData(event);
  return data && { type: event.type, data };
}

function boardData(event: DispatchEvent): BoardStreamEventDto | null {
  const base = { type: event.type, eventId: event.id, group: oneOf<Group>(GROUPS, event.payload?.group) };
  const none = { taskId: null, number: null, status: null, priority: null, workerId: null };
  switch (event.type) {
    case DispatchEvents.taskCreated: {
      const p = event.payload;
      // A new job is pending unless booked; events from before booking carry no status.
      const status = oneOf<TaskStatus>(STATUSES, p.status) ?? TaskStatus.Pending;
      return { ...base, ...none, at: text(p.createdAt) ?? event.occurredAt, taskId: text(p.id), number: text(p.number), status, priority: oneOf(PRIORITIES, p.priority) };
    }
    case DispatchEvents.taskAssigned:
    case DispatchEvents.taskAccepted:
    case DispatchEvents.taskDeclined:
    case DispatchEvents.taskStarted:
    case DispatchEvents.taskCompleted:
    case DispatchEvents.taskCancelled:
    case DispatchEvents.taskOverdue:
    case DispatchEvents.taskReleased:
    case DispatchEvents.taskEdited: {
      const p = event.payload;
      return { ...base, at: text(p.at) ?? event.occurredAt, taskId: text(p.id), number: text(p.number), status: text(p.status), priority: oneOf(PRIORITIES, p.priority), workerId: text(p.workerId) };
    }
    case DispatchEvents.incidentReported: {
      const p = event.payload;
      return { ...base, ...none, at: text(p.reportedAt) ?? event.occurredAt, taskId: text(p.taskId), number: text(p.taskNumber) };
    }
    case DispatchEvents.staffClockedIn:
    case DispatchEvents.staffClockedOut:
    case DispatchEvents.staffBreakStarted:
    case DispatchEvents.staffBreakEnded:
      return { ...base, ...none, at: text(event.payload.at) ?? event.occurredAt, workerId: text(event.payload.staffId) };
    case DispatchEvents.staffCreated:
    case DispatchEvents.staffUpdated:
      // A directory snapshot is the person: its id is the worker's.
      return { ...base, ...none, at: event.occurredAt, workerId: text(event.payload.id) };
    default:
      return null;
  }
}

/**
 * Whether a stream filtered to `group` (or unfiltered) gets the message. An event that names no
 * group goes to every board: a board may miss nothing it could need to show.
 */
export function concernsGroup(message: BoardStreamMessage, group: Group | undefined): boolean {
  return !group || message.data.group === null || message.data.group === group;
}
