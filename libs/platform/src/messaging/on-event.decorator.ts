import { SetMetadata } from '@nestjs/common';
import type { EventEnvelope } from '@hospital/contracts';
import type { EntityManager } from 'typeorm';

export const ON_EVENT = 'platform:on-event';

export interface OnEventOptions {
  /** Payload versions this handler understands; others go to the dead letters. */
  versions?: number[];
}

export interface OnEventMetadata extends OnEventOptions {
  type: string;
}

/**
 * Marks a provider method as the handler of one event type. Each handler gets a durable
 * JetStream consumer of its own; it runs in a transaction that also records the event as
 * handled, so a redelivered event changes nothing. Throw to have it retried.
 */
export const OnEvent = (type: string, options: OnEventOptions = {}) => SetMetadata(ON_EVENT, { type, ...options } satisfies OnEventMetadata);

export type EventHandlerFn<E extends EventEnvelope = EventEnvelope> = (event: E, manager: EntityManager) => Promise<void>;
