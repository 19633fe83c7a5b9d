import { DispatchEvents } from '../events/dispatch.events';
import { FeedbackEvents } from '../events/feedback.events';

/**
 * The events a hospital system may subscribe an endpoint to: the platform's own event names
 * (libs/contracts/src/events), so the `type` a receiver gets is the type the platform emitted.
 * A closed list: an event not named here is never sent out of the platform.
 */
export enum WebhookEventType {
  TaskCreated = 'dispatch.task.created',
  TaskAssigned = 'dispatch.task.assigned',
  TaskAccepted = 'dispatch.task.accepted',
  TaskDeclined = 'dispatch.task.declined',
  TaskStarted = 'dispatch.task.started',
  TaskCompleted = 'dispatch.task.completed',
  TaskCancelled = 'dispatch.task.cancelled',
  TaskOverdue = 'dispatch.task.overdue',
  TaskReleased = 'dispatch.task.released',
  TaskEdited = 'dispatch.task.edited',
  IncidentReported = 'dispatch.incident.reported',
  IncidentConfirmed = 'dispatch.incident.confirmed',
  IncidentDismissed = 'dispatch.incident.dismissed',
  ComplaintReceived = 'feedback.complaint.received',
  ComplaintAssigned = 'feedback.complaint.assigned',
  ComplaintResolved = 'feedback.complaint.resolved',
  ComplaintClosed = 'feedback.complaint.closed',
  ComplaintOverdue = 'feedback.complaint.overdue',
  ComplaintEscalated = 'feedback.complaint.escalated',
}

/**
 * A job's progress: an endpoint of a hospital system (role integration) receives these only for
 * the jobs that system raised (the task's `createdBy` is the system id); an admin's endpoint for
 * every job.
 */
export const TASK_WEBHOOK_EVENT_TYPES: readonly WebhookEventType[] = [
  WebhookEventType.TaskCreated,
  WebhookEventType.TaskAssigned,
  WebhookEventType.TaskAccepted,
  WebhookEventType.TaskDeclined,
  WebhookEventType.TaskStarted,
  WebhookEventType.TaskCompleted,
  WebhookEventType.TaskCancelled,
  WebhookEventType.TaskOverdue,
  WebhookEventType.TaskReleased,
  WebhookEventType.TaskEdited,
];

/**
 * Incidents (差错, staff evaluation) and complaints concern the center's staff, not a system's
 * own jobs: only an admin's endpoint may subscribe to them, and it receives all of them.
 */
export const ADMIN_ONLY_WEBHOOK_EVENT_TYPES: readonly WebhookEventType[] = Object.values(WebhookEventType).filter(
  (type) => !TASK_WEBHOOK_EVENT_TYPES.includes(type),
);

// Fails to compile if a webhook type is not one of the platform's event names.
type PlatformEventName = (typeof DispatchEvents)[keyof typeof DispatchEvents] | (typeof FeedbackEvents)[keyof typeof FeedbackEvents];
type _EveryTypeIsAnEvent<T extends PlatformEventName = `${WebhookEventType}`> = T;

/** The Standard Webhooks headers of every delivery (https://www.standardwebhooks.com). */
export const WEBHOOK_HEADERS = {
  /** The event id (UUIDv7): the same on every attempt and redelivery, so the receiver dedupes on it. */
  id: 'webhook-id',
  /** Unix seconds when this attempt was signed. */
  timestamp: 'webhook-timestamp',
  /** `v1,<base64 HMAC-SHA256>`, space-separated when two secrets sign (during a rotation's grace period). */
  signature: 'webhook-signature',
} as const;

/** The JSON body POSTed to an endpoint: the event's type, when it happened, and its payload as the platform emitted it. */
export interface WebhookMessage<TData = unknown> {
  type: WebhookEventType;
  /** When the event happened (ISO 8601), not when this attempt was made. */
  timestamp: string;
  data: TData;
}
