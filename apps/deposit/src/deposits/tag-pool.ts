import { Desk, DepositStatus } from '@hospital/contracts';
import { EntityManager } from 'typeorm';

/**
 * Statuses in which the bag still carries its tag (an unclaimed bag keeps it until disposed).
 * The migration's partial unique index "deposits_tag_in_use_key" lists the same statuses.
 */
export const HOLDS_A_TAG: readonly DepositStatus[] = [DepositStatus.Stored, DepositStatus.TicketLost, DepositStatus.Locked, DepositStatus.Unclaimed];

export const TAG_IN_USE_INDEX = 'deposits_tag_in_use_key';

/**
 * Serialises tag allocation per desk until the transaction ends. "Lowest free tag" is a read
 * followed by a write: without the lock two check-ins would read the same tag, and the unique
 * index would turn the loser into an error instead of tag 2.
 */
export async function lockTagPool(manager: EntityManager, desk: Desk): Promise<void> {
  await manager.query(`SELECT pg_advisory_xact_lock(hashtext('deposit.tag-pool'), hashtext($1))`, [desk]);
}

/** The lowest tag of 1..poolSize no deposit at the desk holds, or null when all are out. */
export async function lowestFreeTag(manager: EntityManager, desk: Desk, poolSize: number): Promise<number | null> {
  const [row] = (await manager.query(
    `SELECT n AS "tagNo" FROM generate_series(1, $2::int) AS n
     WHERE NOT EXISTS (
       SELECT 1 FROM "deposit"."deposits" d
       WHERE d."desk" = $1 AND d."tag_no" = n AND d."status" = ANY($3::text[])
     )
     ORDER BY n LIMIT 1`,
    [desk, poolSize, HOLDS_A_TAG],
  )) as { tagNo: number }[];
  return row?.tagNo ?? null;
}

export async function isTagInUse(manager: EntityManager, desk: Desk, tagNo: number): Promise<boolean> {
  const rows = (await manager.query(
    `SELECT 1 FROM "deposit"."deposits" WHERE "desk" = $1 AND "tag_no" = $2 AND "status" = ANY($3::text[]) LIMIT 1`,
    [desk, tagNo, HOLDS_A_TAG],
  )) as unknown[];
  return rows.length > 0;
}
