import { IncidentFactsV1 } from '@hospital/contracts';
import { TaskEntity } from '../tasks/task.entity';
import { IncidentEntity } from './incident.entity';

export function incidentEventBase(incident: IncidentEntity, task: Pick<TaskEntity, 'id' | 'number' | 'type' | 'group'>): IncidentFactsV1 {
  return {
    id: incident.id,
    taskId: task.id,
    taskNumber: task.number,
    taskType: task.type,
    group: task.group,
    kind: incident.kind,
    severity: incident.severity,
    staffIds: incident.staffIds,
    reportedAt: incident.reportedAt.toISOString(),
  };
}
