import { Injectable } from '@nestjs/common';
import { Actor, DispatchEvents, ErrorCode, IncidentDto, IncidentReportedEvent, ReportIncidentRequestDto } from '@hospital/contracts';
import { DomainError, IdempotentRequest, UnitOfWork } from '@hospital/platform';
import { EntityManager, In } from 'typeorm';
import { StaffEntity } from '../staff/staff.entity';
import { TaskEntity } from '../tasks/task.entity';
import { IncidentEntity } from './incident.entity';
import { toIncidentDto } from './incident.mapper';

/**
 * Mistakes are reported truthfully and at once, never hidden (docs/domain.md §3.9). An incident
 * names the staff involved (by default the task's assignee) and is emitted for evaluation.
 */
@Injectable()
export class ReportIncidentService {
  constructor(private readonly uow: UnitOfWork) {}

  report(req: ReportIncidentRequestDto, actor: Actor, idempotency: IdempotentRequest | null = null): Promise<IncidentDto> {
    return this.uow.run(async ({ manager, emit }) => {
      const task = await manager.findOneBy(TaskEntity, { id: req.id });
      if (!task) throw DomainError.notFound(ErrorCode.TaskNotFound, 'Task', req.id);
      const staffIds = req.staffIds ?? (task.assigneeId ? [task.assigneeId] : []);
      await this.assertStaffExist(manager, staffIds);
      const incident = await manager.save(
        manager.create(IncidentEntity, {
          taskId: task.id,
          kind: req.kind,
          severity: req.severity,
          description: req.description,
          staffIds,
          reportedBy: actor.id,
          reportedAt: new Date(),
        }),
      );
      emit<IncidentReportedEvent>(DispatchEvents.incidentReported, task.id, {
        id: incident.id,
        taskId: task.id,
        taskNumber: task.number,
        taskType: task.type,
        group: task.group,
        kind: incident.kind,
        severity: incident.severity,
        staffIds,
        reportedBy: actor.id,
        reportedAt: incident.reportedAt.toISOString(),
      });
      return toIncidentDto(incident, task.number);
    }, { idempotency });
  }

  private async assertStaffExist(manager: EntityManager, staffIds: string[]): Promise<void> {
    if (staffIds.length === 0) return;
    const found = await manager.find(StaffEntity, { where: { id: In(staffIds) }, select: { id: true } });
    const missing = staffIds.filter((id) => !found.some((s) => s.id === id));
    if (missing.length) {
      throw new DomainError(ErrorCode.StaffNotFound, `no staff member ${missing.join(', ')}`, {
        errors: [{ field: 'staffIds', message: `unknown staff: ${missing.join(', ')}` }],
      });
    }
  }
}
