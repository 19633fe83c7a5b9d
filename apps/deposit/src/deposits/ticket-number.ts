import { Desk } from '@hospital/contracts';
import { formatDayNumber, nextOfDay } from '@hospital/platform';
import { EntityManager } from 'typeorm';

/** Pinyin initials the desks already write on paper tickets: 住院, 外科, 急诊. */
const DESK_PREFIX: Record<Desk, string> = {
  [Desk.InpatientLobby]: 'ZY',
  [Desk.SurgeryLobby]: 'WK',
  [Desk.Emergency]: 'JZ',
};

/**
 * Next ticket of the desk's day, e.g. ZY20261123-0001. Counted per desk and day, in the check-in's
 * transaction: concurrent check-ins get distinct numbers, a rolled-back one gives its number back.
 */
export async function nextTicketNo(manager: EntityManager, desk: Desk, day: string): Promise<string> {
  const sequence = await nextOfDay(manager, '"deposit"."ticket_day_counters"', day, { desk });
  return formatDayNumber(DESK_PREFIX[desk], day, sequence);
}
