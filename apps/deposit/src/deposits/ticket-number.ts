import { Desk } from '@hospital/contracts';
import { EntityManager } from 'typeorm';

/** Pinyin initials the desks already write on paper tickets: 住院, 外科, 急诊. */
const DESK_PREFIX: Record<Desk, string> = {
  [Desk.InpatientLobby]: 'ZY',
  [Desk.SurgeryLobby]: 'WK',
  [Desk.Emergency]: 'JZ',
};

export function formatTicketNo(desk: Desk, day: string, sequence: number): string {
  return `${DESK_PREFIX[desk]}${day}-${String(sequence).padStart(4, '0')}`;
}

/**
 * Next ticket of the desk's day, e.g. ZY20261123-0001. The upsert locks the day's counter row,
 * so concurrent check-ins get distinct numbers; a rolled-back check-in gives its number back.
 */
export async function nextTicketNo(manager: EntityManager, desk: Desk, day: string): Promise<string> {
  const [{ last }] = (await manager.query(
    `INSERT INTO "deposit"."ticket_day_counters" ("desk", "day", "last") VALUES ($1, $2, 1)
     ON CONFLICT ("desk", "day") DO UPDATE SET "last" = "ticket_day_counters"."last" + 1
     RETURNING "last"`,
    [desk, day],
  )) as [{ last: number }];
  return formatTicketNo(desk, day, last);
}
