import { EntityManager } from 'typeorm';

const key = (quarter: string) => `evaluation-period:${quarter}`;

/**
 * For a writer of the quarter's scores (ledger entries, survey responses, peer reviews): waits
 * while awards are being frozen, then says whether the quarter is closed. Writers share the lock,
 * so they never wait for each other; it is held to the end of the transaction.
 */
export async function isQuarterClosed(manager: EntityManager, quarter: string): Promise<boolean> {
  await manager.query(`SELECT pg_advisory_xact_lock_shared(hashtext($1))`, [key(quarter)]);
  const rows = (await manager.query(`SELECT 1 FROM "feedback"."evaluation_periods" WHERE "period" = $1`, [quarter])) as unknown[];
  return rows.length > 0;
}

/** For freezing: no writer of the quarter is in flight, and none starts, until this transaction ends. */
export async function lockQuarterForFreezing(manager: EntityManager, quarter: string): Promise<void> {
  await manager.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [key(quarter)]);
}
