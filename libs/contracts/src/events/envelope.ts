/**
 * Every domain event on the wire: JetStream subject `hospital.<service>.<event>`, `Nats-Msg-Id`
 * = `id`, body = this envelope as JSON. `version` changes only when a payload changes
 * incompatibly; consumers say which versions they understand.
 */
export interface EventEnvelope<TType extends string = string, TPayload = unknown> {
  /** UUIDv7: unique, and sortable by time. */
  id: string;
  /** The subject without the `hospital.` stream prefix, e.g. `dispatch.task.created`. */
  type: TType;
  version: number;
  /** ISO 8601 with offset. */
  occurredAt: string;
  /** The service that emitted it. */
  source: string;
  /** The X-Request-Id of the request that caused it, so logs join across services. */
  correlationId: string | null;
  /** What changed: the aggregate's id, so consumers can keep per-aggregate order. */
  aggregateId: string;
  payload: TPayload;
}

/** The JetStream stream every service publishes to, and the subject root it captures. */
export const EVENT_STREAM = 'HOSPITAL';
export const EVENT_SUBJECT_ROOT = 'hospital';

export function eventSubject(type: string): string {
  return `${EVENT_SUBJECT_ROOT}.${type}`;
}
