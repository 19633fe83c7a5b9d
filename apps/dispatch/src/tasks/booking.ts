import { TaskPriority, TaskType } from '@hospital/contracts';
import { DomainError } from '@hospital/platform';
import { DispatchConfig } from '../config';

/** When a booked job is wanted done and when it enters the queue. */
export interface Booking {
  scheduledFor: Date;
  releaseAt: Date;
  /** The lead time has already begun: the job goes into the queue at once. */
  releaseNow: boolean;
}

/**
 * A booking for `scheduledFor` (the ISO string of the request), checked against the clock and the
 * horizon; `field` names the request's property in the 400. The job is released its lead time
 * before, and never before it is registered.
 */
export function bookingFor(
  scheduledFor: string,
  type: TaskType,
  priority: TaskPriority,
  now: Date,
  config: Pick<DispatchConfig, 'leadMinutes' | 'bookingHorizonMs'>,
  field = 'scheduledFor',
): Booking {
  const at = new Date(scheduledFor);
  if (at.getTime() <= now.getTime()) {
    throw DomainError.validation([{ field, message: `${field} must be in the future (it is ${at.toISOString()}, now is ${now.toISOString()})` }]);
  }
  const horizonDays = Math.round(config.bookingHorizonMs / 86_400_000);
  if (at.getTime() > now.getTime() + config.bookingHorizonMs) {
    throw DomainError.validation([{ field, message: `${field} must be within ${horizonDays} days from now (TASK_BOOKING_HORIZON_DAYS)` }]);
  }
  return bookingAt(at, type, priority, now, config);
}

/** The booking of a time already checked (a schedule's occurrence, which may even be past after an outage: then at once). */
export function bookingAt(at: Date, type: TaskType, priority: TaskPriority, now: Date, config: Pick<DispatchConfig, 'leadMinutes'>): Booking {
  const releaseAt = new Date(at.getTime() - config.leadMinutes[type][priority] * 60_000);
  return { scheduledFor: at, releaseAt, releaseNow: releaseAt.getTime() <= now.getTime() };
}
