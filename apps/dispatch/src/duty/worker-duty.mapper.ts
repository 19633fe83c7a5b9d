import { WorkerDutyDto } from '@hospital/contracts';
import { dutyStatus } from './duty-status';
import { WorkerDutyRow } from './worker-duty.query';

export function toWorkerDutyDto(row: WorkerDutyRow, now: Date, timeZone: string): WorkerDutyDto {
  return {
    staffId: row.staffId,
    staffNo: row.staffNo,
    name: row.name,
    group: row.group,
    status: dutyStatus(row, now, timeZone),
    shift: row.session?.shift ?? null,
    clockedInAt: row.session?.clockedInAt.toISOString() ?? null,
    load: row.load,
    capacity: row.capacity,
    idleSince: row.idleSince?.toISOString() ?? null,
    onBreakSince: row.onBreakSince?.toISOString() ?? null,
  };
}
