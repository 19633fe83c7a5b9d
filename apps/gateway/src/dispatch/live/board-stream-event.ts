import { BoardStreamEventDto, EventEnvelope, Group, TaskPriority, TaskStatus } from '@hospital/contracts';

/** The event families a board shows: jobs, incidents on them, and workers (directory and clock). */
const BOARD_EVENT_FAMILIES = ['dispatch.task.', 'dispatch.incident.', 'dispatch.staff.'] as const;

const GROUPS = new Set<string>(Object.values(Group));
const PRIORITIES = new Set<string>(Object.values(TaskPriority));

/** One message for the SSE clients: `event:` is `type`, `id:` the event id, `data:` the DTO. */
export interface BoardStreamMessage {
  id: string;
  type: string;
  data: BoardStreamEventDto;
}

type Payload = Record<string, unknown>;

const text = (value: unknown): string | null => (typeof value === 'string' && value.length > 0 ? value : null);
const oneOf = <T extends string>(allowed: Set<string>, value: unknown): T | null => (typeof value === 'string' && allowed.has(value) ? (value as T) : null);

/**
 * The few fields a board needs, picked from whichever payload version the event carries, so a
 * new field (a name, a patient detail) in a payload never leaks to the stream by accident.
 * Null for anything that is not a board event.
 */
export function toBoardStreamMessage(envelope: EventEnvelope): BoardStreamMessage | null {
  const type = envelope?.type;
  if (typeof type !== 'string' || typeof envelope.id !== 'string') return null;
  if (!BOARD_EVENT_FAMILIES.some((family) => type.startsWith(family))) return null;
  const p: Payload = envelope.payload && typeof envelope.payload === 'object' ? (envelope.payload as Payload) : {};
  const base = { type, group: oneOf<Group>(GROUPS, p['group']) };

  let data: BoardStreamEventDto;
  if (type.startsWith('dispatch.task.')) {
    data = {
      ...base,
      at: text(p['at']) ?? text(p['createdAt']) ?? envelope.occurredAt,
      taskId: text(p['id']),
      number: text(p['number']),
      // task.created carries no status: a new job is pending.
      status: text(p['status']) ?? (type === 'dispatch.task.created' ? TaskStatus.Pending : null),
      priority: oneOf<TaskPriority>(PRIORITIES, p['priority']),
      workerId: text(p['workerId']),
    };
  } else if (type.startsWith('dispatch.incident.')) {
    data = {
      ...base,
      at: text(p['reportedAt']) ?? envelope.occurredAt,
      taskId: text(p['taskId']),
      number: text(p['taskNumber']),
      status: null,
      priority: null,
      workerId: null,
    };
  } else {
    // Clock events name the person `staffId`; directory snapshots are the person, `id`.
    data = {
      ...base,
      at: text(p['at']) ?? envelope.occurredAt,
      taskId: null,
      number: null,
      status: text(p['status']),
      priority: null,
      workerId: text(p['staffId']) ?? text(p['id']),
    };
  }
  return { id: envelope.id, type, data };
}

/**
 * Whether a stream filtered to `group` (or unfiltered) gets the message. An event that names no
 * group goes to every board: a board may miss nothing it could need to show.
 */
export function concernsGroup(message: BoardStreamMessage, group: Group | undefined): boolean {
  return !group || message.data.group === null || message.data.group === group;
}
