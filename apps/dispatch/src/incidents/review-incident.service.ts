import { Injectable } from '@nestjs/common';
import {
  Actor,
  ConfirmIncidentRequestDto,
  DismissIncidentRequestDto,
  DispatchEvents,
  ErrorCode,
  hasAnyRole,
  IncidentConfirmedEvent,
  IncidentDismissedEvent,
  IncidentDto,
  IncidentStatus,
  Role,
} from '@hospital/contracts';
import { DomainError, UnitOfWork } from '@hospital/platform';
import { TaskEntity } from '../tasks/task.entity';
import { IncidentEntity } from './incident.entity';
import { incidentEventBase } from './incident.event';
import { toIncidentDto } from './incident.mapper';

/** Who decides whether a worker's report about a colleague stands. */
const REVIEWERS: readonly Role[] = [Role.Dispatcher, Role.Supervisor, Role.Manager];

/**
 * The floor's decision on a PENDING incident (docs/domain.md §3.9): confirmed, it counts in
 * evaluation from then on (`dispatch.incident.confirmed`); dismissed, with a reason, it never does.
 * The incident row is locked, so of two people deciding at once the second sees the first's
 * decision and gets 409 INCIDENT_NOT_PENDING: one confirmation, one event.
 */
@Injectable()
export class ReviewIncidentService {
  constructor(private readonly uow: UnitOfWork) {}

  confirm(req: ConfirmIncidentRequestDto, actor: Actor): Promise<IncidentDto> {
    return this.decide(req.id, actor, IncidentStatus.Confirmed, req.note ?? null);
  }

  dismiss(req: DismissIncidentRequestDto, actor: Actor): Promise<IncidentDto> {
    return this.decide(req.id, actor, IncidentStatus.Dismissed, req.reason);
  }

  private async decide(id: string, actor: Actor, to: IncidentStatus.Confirmed | IncidentStatus.Dismissed, note: string | null): Promise<IncidentDto> {
    const verb = to === IncidentStatus.Confirmed ? 'confirmed' : 'dismissed';
    if (!hasAnyRole(actor, REVIEWERS)) {
      throw new DomainError(ErrorCode.Forbidden, `an incident is ${verb} by a dispatcher, supervisor or manager`);
    }
    return this.uow.run(async ({ manager, emit }) => {
      const incident = await manager.findOne(IncidentEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!incident) throw DomainError.notFound(ErrorCode.IncidentNotFound, 'Incident', id);
      if (incident.status !== IncidentStatus.Pending) {
        throw new DomainError(ErrorCode.IncidentNotPending, `incident ${id} is ${incident.status}; only a PENDING incident can be ${verb}`, {
          status: incident.status,
        });
      }
      // Nobody decides on a report that names them: the next dispatcher or supervisor does.
      if (actor.staffId && incident.staffIds.includes(actor.staffId)) {
        throw new DomainError(ErrorCode.Forbidden, `an incident naming you is ${verb} by another dispatcher, supervisor or manager`);
      }
      const now = new Date();
      Object.assign(incident, { status: to, reviewedBy: actor.id, reviewedAt: now, reviewNote: note });
      await manager.save(incident);
      const task = await manager.findOneOrFail(TaskEntity, { where: { id: incident.taskId }, select: { id: true, number: true, type: true, group: true } });
      const base = incidentEventBase(incident, task);
      const at = now.toISOString();
      if (to === IncidentStatus.Confirmed) {
        emit<IncidentConfirmedEvent>(DispatchEvents.incidentConfirmed, task.id, { ...base, confirmedBy: actor.id, confirmedAt: at });
      } else {
        emit<IncidentDismissedEvent>(DispatchEvents.incidentDismissed, task.id, { ...base, dismissedBy: actor.id, dismissedAt: at });
      }
      return toIncidentDto(incident, task.number);
    });
  }
}
