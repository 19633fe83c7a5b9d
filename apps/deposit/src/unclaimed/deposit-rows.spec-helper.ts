import { DepositStatus, Desk, ItemCategory, StoragePlaceKind } from '@hospital/contracts';
import { randomBytes, randomUUID } from 'node:crypto';

type Query = <T = unknown>(sql: string, params?: unknown[]) => Promise<T>;

export interface DepositRow {
  id: string;
  ticketNo: string;
  desk: Desk;
  tagNo: number;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** An instant `days` before now (fractions allowed), for backdating check-ins. */
export const daysAgo = (days: number): Date => new Date(Date.now() - days * DAY_MS);

/**
 * A deposit row as check-in leaves it, in any status and with any check-in time: the 3-day rule
 * and the handover count only read status, desk, tag and age, and check-in cannot backdate.
 */
export async function insertDeposit(
  query: Query,
  row: { desk: Desk; tagNo: number; status?: DepositStatus; checkedInAt?: Date },
): Promise<DepositRow> {
  const id = randomUUID();
  const ticketNo = `T${randomBytes(6).toString('hex').toUpperCase()}`;
  await query(
    `INSERT INTO "deposit"."deposits" (
       "id", "ticket_no", "desk", "tag_no", "place_kind", "place_label", "status", "depositor_name", "depositor_phone",
       "id_hash", "id_last4", "description", "piece_count", "sealed", "categories", "pickup_code_hash",
       "checked_in_by", "checked_in_at", "version", "created_at")
     VALUES ($1, $2, $3, $4, $5, $6, $7, '测试', '13800000000', $8, '0000', 'a bag', 1, true, $9, $10, 'seed-clerk', $11, 1, $11)`,
    [
      id,
      ticketNo,
      row.desk,
      row.tagNo,
      StoragePlaceKind.Shelf,
      `S-${row.tagNo}`,
      row.status ?? DepositStatus.Stored,
      randomBytes(32).toString('hex'),
      [ItemCategory.Clothing],
      randomBytes(32).toString('hex'),
      row.checkedInAt ?? new Date(),
    ],
  );
  return { id, ticketNo, desk: row.desk, tagNo: row.tagNo };
}
