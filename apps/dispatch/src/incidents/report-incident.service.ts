import { Injectable } from '@nestjs/common';
import {
  Actor,
  DispatchEvents,
  ErrorCode,
  hasAnyRole,
  IncidentDto,
  IncidentReportedEvent,
  IncidentStatus,
  ReportIncidentRequestDto,
  Role,
  TaskTimelineAction,
} from '@hospital/contracts';
import { DomainError, IdempotentRequest, UnitOfWork } from '@hospital/platform';
import { EntityManager, In } from 'typeorm';
import { StaffEntity } from '../staff/staff.entity';
import { TaskEventEntity } from '../tasks/task-event.entity';
import { TaskEntity } from '../tasks/task.entity';
import { IncidentEntity } from './incident.entity';
import { incidentEventBase } from './incident.event';
import { toIncidentDto } from './incident.mapper';

/** People who run or oversee the floor: they report on any job, and their report stands at once. */
const OVERSEES: readonly Role[] = [Role.Admin, Role.Manager, Role.Dispatcher, Role.Supervisor];

/**
 * Mistakes are reported truthfully and at once, never hidden (docs/domain.md §3.9). An incident
 * names the staff involved (by default the task's assignee) and is emitted for evaluation.
 *
 * A worker reports only on a job they carried (its assignee, or assigned to it earlier), else
 * 403 NOT_TASK_CARRIER. Their report naming only themselves stands (CONFIRMED); one naming a
 * colleague is PENDING, counting nowhere until the floor confirms it (ReviewIncidentService).
 */
@Injectable()
export class ReportIncidentService {
  constructor(private readonly uow: UnitOfWork) {}

  report(req: ReportIncidentRequestDto, actor: Actor, idempotency: IdempotentRequest | null = null): Promise<IncidentDto> {
    return this.uow.run(async ({ manager, emit }) => {
      const task = await manager.findOneBy(TaskEntity, { id: req.id });
      if (!task) throw DomainError.notFound(ErrorCode.TaskNotFound, 'Task', req.id);
      const oversees = hasAnyRole(actor, OVERSEES);
      if (!oversees) await this.assertCarried(manager, task, actor);
      const staffIds = req.staffIds ?? (task.assigneeId ? [task.assigneeId] : []);
      await this.assertStaffExist(manager, staffIds);
      const namesOnlySelf = staffIds.every((id) => id === actor.staffId);
      const status = oversees || namesOnlySelf ? IncidentStatus.Confirmed : IncidentStatus.Pending;
      const incident = await manager.save(
        manager.create(IncidentEntity, {
          taskId: task.id,
          kind: req.kind,
          severity: req.severity,
          description: req.description,
          staffIds,
          status,
          reportedBy: actor.id,
          reportedByStaffId: actor.staffId ?? null,
          reportedAt: new Date(),
          reviewedBy: null,
          reviewedAt: null,
          reviewNote: null,
        }),
      );
      emit<IncidentReportedEvent>(DispatchEvents.incidentReported, task.id, {
        ...incidentEventBase(incident, task),
        status,
        reportedBy: actor.id,
        reportedByStaffId: incident.reportedByStaffId,
      });
      return toIncidentDto(incident, task.number);
    }, { idempotency });
  }

  /** The job is the worker's now, or its timeline shows them assigned to it before (declined, reassigned). */
  private async assertCarried(manager: EntityManager, task: TaskEntity, actor: Actor): Promise<void> {
    const staffId = actor.staffId;
    const carried =
      !!staffId &&
      (task.assigneeId === staffId ||
        (await manager.existsBy(TaskEventEntity, { taskId: task.id, action: TaskTimelineAction.Assigned, workerId: staffId })));
    if (!carried) {
      throw new DomainError(ErrorCode.NotTaskCarrier, `task ${task.number} was never assigned to you: report incidents on your own jobs, or tell a dispatcher`);
    }
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
