import { DepositDisposalDto, DepositStatus, Desk, DisposalTarget } from '@hospital/contracts';

/** A deposit as the disposal's UPDATE ... RETURNING gives it back. */
export interface DisposedRow {
  id: string;
  ticket_no: string;
  desk: Desk;
  tag_no: number;
  checked_in_at: Date;
  unclaimed_at: Date;
  disposed_at: Date;
  disposed_by: string;
  disposal_to: DisposalTarget;
  disposal_note: string;
}

export function toDisposalDto(row: DisposedRow): DepositDisposalDto {
  return {
    id: row.id,
    ticketNo: row.ticket_no,
    desk: row.desk,
    tagNo: row.tag_no,
    status: DepositStatus.Disposed,
    checkedInAt: row.checked_in_at.toISOString(),
    unclaimedAt: row.unclaimed_at.toISOString(),
    disposedAt: row.disposed_at.toISOString(),
    disposedBy: row.disposed_by,
    disposalTo: row.disposal_to,
    disposalNote: row.disposal_note,
  };
}
