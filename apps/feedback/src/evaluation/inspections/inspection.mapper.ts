import { InspectionDto, InspectionFindingDto } from '@hospital/contracts';

export interface RecordedInspection {
  id: string;
  inspectorId: string;
  department: string;
  startedAt: Date;
  endedAt: Date;
  findings: InspectionFindingDto[];
}

export function toInspectionDto(i: RecordedInspection): InspectionDto {
  return {
    id: i.id,
    inspectorId: i.inspectorId,
    department: i.department,
    startedAt: i.startedAt.toISOString(),
    endedAt: i.endedAt.toISOString(),
    findings: i.findings,
  };
}
