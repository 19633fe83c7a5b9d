import { IncidentDto } from '@hospital/contracts';
import { IncidentEntity } from './incident.entity';

export function toIncidentDto(incident: IncidentEntity, taskNumber: string): IncidentDto {
  return {
    id: incident.id,
    taskId: incident.taskId,
    taskNumber,
    kind: incident.kind,
    severity: incident.severity,
    description: incident.description,
    staffIds: incident.staffIds,
    status: incident.status,
    reportedBy: incident.reportedBy,
    reportedByStaffId: incident.reportedByStaffId,
    reportedAt: incident.reportedAt.toISOString(),
    reviewedBy: incident.reviewedBy,
    reviewedAt: incident.reviewedAt?.toISOString() ?? null,
    reviewNote: incident.reviewNote,
  };
}
