import { Injectable } from '@nestjs/common';
import {
  Actor,
  AssignComplaintRequestDto,
  ComplaintAssignedEvent,
  ComplaintClosedEvent,
  ComplaintDto,
  ComplaintEscalatedEvent,
  ComplaintNoteRequestDto,
  ComplaintReasonRequestDto,
  ComplaintResolvedEvent,
  ComplaintStatus,
  ComplaintTimelineAction,
  ErrorCode,
  FeedbackEvents,
  hasAnyRole,
  ReplyComplaintRequestDto,
  ResolveComplaintRequestDto,
  Role,
} from '@hospital/contracts';
import { DomainError, Transaction, UnitOfWork } from '@hospital/platform';
import { assertStaffExist } from '../staff-directory/named-staff';
import { ComplaintEntity } from './complaint.entity';
import { toComplaintDto } from './complaint.mapper';
import { addTimelineStep } from './complaint-timeline';

const OVERSEERS = [Role.Supervisor, Role.Manager] as const;

const OPEN: readonly ComplaintStatus[] = [
  ComplaintStatus.Received,
  ComplaintStatus.Acknowledged,
  ComplaintStatus.Investigating,
  ComplaintStatus.Resolved,
  ComplaintStatus.Replied,
];

/**
 * A complaint's steps (docs/domain.md §5.3) under first-contact ownership (首问负责制, §5.1): the
 * owner, or a supervisor or manager above them, moves it along; only the owner or a manager closes
 * it. Each step locks the row, so of two concurrent steps one wins and the other meets the new
 * status (409).
 */
@Injectable()
export class ComplaintLifecycleService {
  constructor(private readonly uow: UnitOfWork) {}

  acknowledge(req: ComplaintNoteRequestDto, actor: Actor): Promise<ComplaintDto> {
    return this.step(req.id, actor, [ComplaintStatus.Received], async ({ manager }, c) => {
      c.status = ComplaintStatus.Acknowledged;
      await manager.save(c);
      await addTimelineStep(manager, c, ComplaintTimelineAction.Acknowledged, actor, req.note ?? null);
    });
  }

  investigate(req: ComplaintNoteRequestDto, actor: Actor): Promise<ComplaintDto> {
    return this.step(req.id, actor, [ComplaintStatus.Acknowledged], async ({ manager }, c) => {
      c.status = ComplaintStatus.Investigating;
      await manager.save(c);
      await addTimelineStep(manager, c, ComplaintTimelineAction.Investigating, actor, req.note ?? null);
    });
  }

  assign(req: AssignComplaintRequestDto, actor: Actor): Promise<ComplaintDto> {
    return this.step(req.id, actor, OPEN, async ({ manager, emit }, c) => {
      if (c.ownerId === req.ownerId) throw new DomainError(ErrorCode.AlreadyOwner, `${req.ownerId} already owns ${c.number}`);
      const from = c.ownerId;
      c.ownerId = req.ownerId;
      await manager.save(c);
      const at = await addTimelineStep(manager, c, ComplaintTimelineAction.Assigned, actor, `to ${req.ownerId}: ${req.reason}`);
      emit<ComplaintAssignedEvent>(FeedbackEvents.complaintAssigned, c.id, {
        complaintId: c.id,
        number: c.number,
        fromOwnerId: from,
        ownerId: req.ownerId,
        reason: req.reason,
        by: actor.id,
        at: at.toISOString(),
      });
    });
  }

  resolve(req: ResolveComplaintRequestDto, actor: Actor): Promise<ComplaintDto> {
    return this.step(req.id, actor, [ComplaintStatus.Investigating], async ({ manager, emit }, c) => {
      if (!req.valid && (req.atFaultStaffIds.length > 0 || req.atFaultDepartment)) {
        throw new DomainError(ErrorCode.BusinessRule, 'a complaint found invalid has nobody at fault', {
          errors: [{ field: 'atFaultStaffIds', message: 'must be empty (and atFaultDepartment absent) when valid is false' }],
        });
      }
      await assertStaffExist(manager, req.atFaultStaffIds, 'atFaultStaffIds');
      const at = new Date();
      Object.assign(c, {
        status: ComplaintStatus.Resolved,
        valid: req.valid,
        atFaultStaffIds: req.atFaultStaffIds,
        atFaultDepartment: req.atFaultDepartment ?? null,
        correctiveAction: req.correctiveAction,
        resolvedBy: actor.id,
        resolvedAt: at,
      });
      await manager.save(c);
      await addTimelineStep(manager, c, ComplaintTimelineAction.Resolved, actor, `${req.valid ? 'valid' : 'not valid'}: ${req.correctiveAction}`, at);
      emit<ComplaintResolvedEvent>(FeedbackEvents.complaintResolved, c.id, {
        complaintId: c.id,
        number: c.number,
        valid: req.valid,
        atFaultStaffIds: req.atFaultStaffIds,
        atFaultDepartment: req.atFaultDepartment ?? null,
        severity: c.severity,
        category: c.category,
        resolvedBy: actor.id,
        at: at.toISOString(),
      });
    });
  }

  reply(req: ReplyComplaintRequestDto, actor: Actor): Promise<ComplaintDto> {
    return this.step(req.id, actor, [ComplaintStatus.Resolved], async ({ manager }, c) => {
      const at = new Date();
      Object.assign(c, { status: ComplaintStatus.Replied, replyMessage: req.message, replyChannel: req.channel, repliedAt: at });
      await manager.save(c);
      await addTimelineStep(manager, c, ComplaintTimelineAction.Replied, actor, `by ${req.channel}: ${req.message}`, at);
    });
  }

  close(req: ComplaintNoteRequestDto, actor: Actor): Promise<ComplaintDto> {
    return this.step(req.id, actor, [ComplaintStatus.Replied], async ({ manager, emit }, c) => {
      c.status = ComplaintStatus.Closed;
      await manager.save(c);
      const at = await addTimelineStep(manager, c, ComplaintTimelineAction.Closed, actor, req.note ?? null);
      emit<ComplaintClosedEvent>(FeedbackEvents.complaintClosed, c.id, { complaintId: c.id, number: c.number, closedBy: actor.id, at: at.toISOString() });
    }, [Role.Manager]);
  }

  escalate(req: ComplaintReasonRequestDto, actor: Actor): Promise<ComplaintDto> {
    return this.step(req.id, actor, OPEN, async ({ manager, emit }, c) => {
      if (c.escalatedAt) throw new DomainError(ErrorCode.InvalidTransition, `${c.number} is already escalated`, { status: c.status });
      const at = new Date();
      Object.assign(c, { escalatedAt: at, escalationReason: req.reason });
      await manager.save(c);
      await addTimelineStep(manager, c, ComplaintTimelineAction.Escalated, actor, req.reason, at);
      emit<ComplaintEscalatedEvent>(FeedbackEvents.complaintEscalated, c.id, {
        complaintId: c.id,
        number: c.number,
        severity: c.severity,
        reason: req.reason,
        by: actor.id,
        at: at.toISOString(),
      });
    });
  }

  /** The complainant is not satisfied: back to investigating; the previous finding stays until a new one replaces it. */
  reopen(req: ComplaintReasonRequestDto, actor: Actor): Promise<ComplaintDto> {
    return this.step(req.id, actor, [ComplaintStatus.Replied, ComplaintStatus.Closed], async ({ manager }, c) => {
      c.status = ComplaintStatus.Investigating;
      await manager.save(c);
      await addTimelineStep(manager, c, ComplaintTimelineAction.Reopened, actor, req.reason);
    });
  }

  /**
   * Locks the complaint, checks who acts (the owner, or one of `above`) and that the step is
   * allowed from its status, then applies it.
   */
  private step(
    id: string,
    actor: Actor,
    from: readonly ComplaintStatus[],
    apply: (tx: Transaction, complaint: ComplaintEntity) => Promise<void>,
    above: readonly Role[] = OVERSEERS,
  ): Promise<ComplaintDto> {
    return this.uow.run(async (tx) => {
      const complaint = await tx.manager.findOne(ComplaintEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!complaint) throw DomainError.notFound(ErrorCode.ComplaintNotFound, 'Complaint', id);
      const owns = complaint.ownerId !== null && complaint.ownerId === actor.id;
      if (!owns && !hasAnyRole(actor, above)) {
        throw new DomainError(
          ErrorCode.NotComplaintOwner,
          `${complaint.number} is owned by ${complaint.ownerId ?? 'nobody yet'}; only they or a ${above.join(' or ')} may do this`,
          { ownerId: complaint.ownerId },
        );
      }
      if (!from.includes(complaint.status)) {
        throw new DomainError(ErrorCode.InvalidTransition, `${complaint.number} is ${complaint.status}; this step needs ${from.join(' or ')}`, {
          status: complaint.status,
        });
      }
      await apply(tx, complaint);
      return toComplaintDto(complaint, actor);
    });
  }
}
