import { Group, IncidentKind, IncidentSeverity, TaskType } from '@hospital/contracts';
import { TaskEntity } from '../tasks/task.entity';
import { IncidentEntity } from './incident.entity';

/** What every incident event says about the incident and its job (reported, confirmed, dismissed). */
export interface IncidentEventBase {
  id: string;
  taskId: string;
  taskNumber: string;
  taskType: TaskType;
  group: Group;
  kind: IncidentKind;
  severity: IncidentSeverity;
  staffIds: string[];
  reportedAt: string;
}

export function incidentEventBase(incident: IncidentEntity, task: Pick<TaskEntity, 'id' | 'number' | 'type' | 'group'>): IncidentEventBase {
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
