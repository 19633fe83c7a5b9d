import { Inject, Injectable } from '@nestjs/common';
import {
  Actor,
  AssignComplaintRequestDto,
  ComplaintAssignedEvent,
  ComplaintClosedEvent,
  ComplaintDto,
  ComplaintEscalatedEvent,
  ComplaintIdDto,
  ComplaintNoteRequestDto,
  ComplaintPageDto,
  ComplaintReasonRequestDto,
  ComplaintReceivedEvent,
  ComplaintResolvedEvent,
  ComplaintStatus,
  ComplaintTimelineAction,
  ComplaintWithTimelineDto,
  CreateComplaintDto,
  ErrorCode,
  FeedbackChannel,
  FeedbackEvents,
  hasAnyRole,
  ListComplaintsQueryDto,
  ReplyComplaintRequestDto,
  ResolveComplaintRequestDto,
  Role,
} from '@hospital/contracts';
import { DomainError, hospitalDay, keysetPage, Transaction, UnitOfWork } from '@hospital/platform';
import { EntityManager } from 'typeorm';
import { FEEDBACK_CONFIG, FeedbackConfig } from '../config';
import { complaintDeadlines } from './complaint-deadlines';
import { assertStaffExist } from './named-staff';
import { ComplaintEventEntity } from './complaint-event.entity';
import { ComplaintEntity } from './complaint.entity';
import { toComplaintDto, toTimelineEntry } from './complaint.mapper';
import { nextComplaintNumber } from './complaint-number';

/** Channels a visitor without an account can use: the web form and the mobile page. */
const PUBLIC_CHANNELS: readonly FeedbackChannel[] = [FeedbackChannel.Web, FeedbackChannel.Mobile];
const OVERSEERS = [Role.Supervisor, Role.Manager] as const;

/** Extra fields of a complaint created from a follow-up call. */
export interface ComplaintOrigin {
  followUpId: string;
}

/**
 * Complaints under first-contact ownership (首问负责制): whoever records one owns it until they
 * hand it over; the owner, or a supervisor or manager above them, moves it along; only the owner
 * or a manager closes it. Each step locks the row, so of two concurrent steps one wins and the
 * other meets the new status (409).
 */
@Injectable()
export class ComplaintsService {
  constructor(
    private readonly uow: UnitOfWork,
    @Inject(FEEDBACK_CONFIG) private readonly config: FeedbackConfig,
  ) {}

  create(req: CreateComplaintDto, actor: Actor): Promise<ComplaintDto> {
    return this.uow.run((tx) => this.createIn(tx, req, actor, null));
  }

  /** Inside the caller's transaction, so a follow-up and its complaint are linked in one step. */
  async createIn(tx: Transaction, req: CreateComplaintDto, actor: Actor, origin: ComplaintOrigin | null): Promise<ComplaintDto> {
    const { manager, emit } = tx;
    const anonymous = actor.kind === 'anonymous';
    if (anonymous && !PUBLIC_CHANNELS.includes(req.channel)) {
      throw new DomainError(ErrorCode.BusinessRule, `a complaint without an account comes by ${PUBLIC_CHANNELS.join(' or ')}`, {
        errors: [{ field: 'channel', message: `must be one of ${PUBLIC_CHANNELS.join(', ')} without an account` }],
      });
    }
    if (req.staffId) await assertStaffExist(manager, [req.staffId], 'staffId');
    const receivedAt = new Date();
    const due = complaintDeadlines(receivedAt, req.severity, this.config.complaintDeadlines);
    const complaint = await manager.save(
      manager.create(ComplaintEntity, {
        number: await nextComplaintNumber(manager, hospitalDay(receivedAt, this.config.complaintDeadlines.timeZone)),
        status: ComplaintStatus.Received,
        channel: req.channel,
        complainantName: req.complainant?.name ?? null,
        complainantPhone: req.complainant?.phone ?? null,
        department: req.department ?? null,
        staffId: req.staffId ?? null,
        category: req.category,
        severity: req.severity,
        description: req.description,
        // An anonymous web complaint has nobody to own it until a supervisor or manager takes it.
        ownerId: anonymous ? null : actor.id,
        recordedBy: actor.id,
        createdAt: receivedAt,
        ...due,
        overdueAt: null,
        overdueDeadline: null,
        escalatedAt: null,
        escalationReason: null,
        valid: null,
        atFaultStaffIds: null,
        atFaultDepartment: null,
        correctiveAction: null,
        resolvedBy: null,
        resolvedAt: null,
        replyMessage: null,
        replyChannel: null,
        repliedAt: null,
        followUpId: origin?.followUpId ?? null,
      }),
    );
    await addStep(manager, complaint, ComplaintTimelineAction.Received, actor, origin ? 'raised on a follow-up call' : null, receivedAt);
    emit<ComplaintReceivedEvent>(FeedbackEvents.complaintReceived, complaint.id, {
      complaintId: complaint.id,
      number: complaint.number,
      channel: complaint.channel,
      category: complaint.category,
      severity: complaint.severity,
      staffId: complaint.staffId,
      department: complaint.department,
      ownerId: complaint.ownerId,
      at: receivedAt.toISOString(),
    });
    return toComplaintDto(complaint, actor);
  }

  async get({ id }: ComplaintIdDto, actor: Actor, manager: EntityManager): Promise<ComplaintWithTimelineDto> {
    const complaint = await manager.findOneBy(ComplaintEntity, { id });
    if (!complaint) throw DomainError.notFound(ErrorCode.NotFound, 'Complaint', id);
    const steps = await manager.find(ComplaintEventEntity, { where: { complaintId: id }, order: { id: 'ASC' } });
    return { ...toComplaintDto(complaint, actor), timeline: steps.map(toTimelineEntry) };
  }

  async list(query: ListComplaintsQueryDto, actor: Actor, manager: EntityManager): Promise<ComplaintPageDto> {
    const qb = manager.createQueryBuilder(ComplaintEntity, 'c');
    if (query.status) qb.andWhere('c.status = :status', { status: query.status });
    if (query.overdue === 'true') qb.andWhere('c.overdue_at IS NOT NULL');
    if (query.overdue === 'false') qb.andWhere('c.overdue_at IS NULL');
    if (query.ownerId === 'none') qb.andWhere('c.owner_id IS NULL');
    else if (query.ownerId) qb.andWhere('c.owner_id = :ownerId', { ownerId: query.ownerId });
    if (query.staffId) qb.andWhere('c.staff_id = :staffId', { staffId: query.staffId });
    const page = await keysetPage(qb, query);
    return { items: page.items.map((c) => toComplaintDto(c, actor)), nextCursor: page.nextCursor };
  }

  acknowledge(req: ComplaintNoteRequestDto, actor: Actor): Promise<ComplaintDto> {
    return this.step(req.id, actor, [ComplaintStatus.Received], async ({ manager }, c) => {
      c.status = ComplaintStatus.Acknowledged;
      await manager.save(c);
      await addStep(manager, c, ComplaintTimelineAction.Acknowledged, actor, req.note ?? null);
    });
  }

  investigate(req: ComplaintNoteRequestDto, actor: Actor): Promise<ComplaintDto> {
    return this.step(req.id, actor, [ComplaintStatus.Acknowledged], async ({ manager }, c) => {
      c.status = ComplaintStatus.Investigating;
      await manager.save(c);
      await addStep(manager, c, ComplaintTimelineAction.Investigating, actor, req.note ?? null);
    });
  }

  assign(req: AssignComplaintRequestDto, actor: Actor): Promise<ComplaintDto> {
    return this.step(req.id, actor, OPEN, async ({ manager, emit }, c) => {
      if (c.ownerId === req.ownerId) throw new DomainError(ErrorCode.Conflict, `${req.ownerId} already owns ${c.number}`);
      const from = c.ownerId;
      c.ownerId = req.ownerId;
      await manager.save(c);
      const at = await addStep(manager, c, ComplaintTimelineAction.Assigned, actor, `to ${req.ownerId}: ${req.reason}`);
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
      await addStep(manager, c, ComplaintTimelineAction.Resolved, actor, `${req.valid ? 'valid' : 'not valid'}: ${req.correctiveAction}`, at);
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
      await addStep(manager, c, ComplaintTimelineAction.Replied, actor, `by ${req.channel}: ${req.message}`, at);
    });
  }

  close(req: ComplaintNoteRequestDto, actor: Actor): Promise<ComplaintDto> {
    return this.step(req.id, actor, [ComplaintStatus.Replied], async ({ manager, emit }, c) => {
      c.status = ComplaintStatus.Closed;
      await manager.save(c);
      const at = await addStep(manager, c, ComplaintTimelineAction.Closed, actor, req.note ?? null);
      emit<ComplaintClosedEvent>(FeedbackEvents.complaintClosed, c.id, { complaintId: c.id, number: c.number, closedBy: actor.id, at: at.toISOString() });
    }, [Role.Manager]);
  }

  escalate(req: ComplaintReasonRequestDto, actor: Actor): Promise<ComplaintDto> {
    return this.step(req.id, actor, OPEN, async ({ manager, emit }, c) => {
      if (c.escalatedAt) throw new DomainError(ErrorCode.InvalidTransition, `${c.number} is already escalated`, { status: c.status });
      const at = new Date();
      Object.assign(c, { escalatedAt: at, escalationReason: req.reason });
      await manager.save(c);
      await addStep(manager, c, ComplaintTimelineAction.Escalated, actor, req.reason, at);
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
      await addStep(manager, c, ComplaintTimelineAction.Reopened, actor, req.reason);
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
      if (!complaint) throw DomainError.notFound(ErrorCode.NotFound, 'Complaint', id);
      const owns = complaint.ownerId !== null && complaint.ownerId === actor.id;
      if (!owns && !hasAnyRole(actor, above)) {
        throw new DomainError(ErrorCode.Forbidden, `${complaint.number} is owned by ${complaint.ownerId ?? 'nobody yet'}; only they or a ${above.join(' or ')} may do this`, {
          ownerId: complaint.ownerId,
        });
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

const OPEN: readonly ComplaintStatus[] = [
  ComplaintStatus.Received,
  ComplaintStatus.Acknowledged,
  ComplaintStatus.Investigating,
  ComplaintStatus.Resolved,
  ComplaintStatus.Replied,
];

async function addStep(
  manager: EntityManager,
  c: ComplaintEntity,
  action: ComplaintTimelineAction,
  actor: Actor,
  note: string | null,
  at = new Date(),
): Promise<Date> {
  await manager.insert(ComplaintEventEntity, { complaintId: c.id, action, status: c.status, actorId: actor.id, note, at });
  return at;
}
