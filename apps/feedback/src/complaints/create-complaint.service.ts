import { Inject, Injectable } from '@nestjs/common';
import {
  Actor,
  ComplaintDto,
  ComplaintReceivedEvent,
  ComplaintStatus,
  ComplaintTimelineAction,
  CreateComplaintDto,
  ErrorCode,
  FeedbackChannel,
  FeedbackEvents,
} from '@hospital/contracts';
import { DomainError, hospitalDay, IdempotentRequest, Transaction, UnitOfWork } from '@hospital/platform';
import { FEEDBACK_CONFIG, FeedbackConfig } from '../config';
import { assertStaffExist } from '../staff-directory/named-staff';
import { complaintDeadlines } from './complaint-deadlines';
import { ComplaintEntity } from './complaint.entity';
import { toComplaintDto } from './complaint.mapper';
import { nextComplaintNumber } from './complaint-number';
import { addTimelineStep } from './complaint-timeline';

/** Channels a visitor without an account can use: the web form and the mobile page. */
const PUBLIC_CHANNELS: readonly FeedbackChannel[] = [FeedbackChannel.Web, FeedbackChannel.Mobile];

/** Extra fields of a complaint created from a follow-up call. */
export interface ComplaintOrigin {
  followUpId: string;
}

/**
 * Intake: whoever records a complaint owns it (首问负责制, docs/domain.md §5.1); an anonymous one
 * from the public form is unowned until a supervisor or manager assigns it. Deadlines are set at
 * receipt (docs/domain.md §5.4).
 */
@Injectable()
export class CreateComplaintService {
  constructor(
    private readonly uow: UnitOfWork,
    @Inject(FEEDBACK_CONFIG) private readonly config: FeedbackConfig,
  ) {}

  create(req: CreateComplaintDto, actor: Actor, idempotency: IdempotentRequest | null = null): Promise<ComplaintDto> {
    return this.uow.run((tx) => this.createIn(tx, req, actor, null), { idempotency });
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
    await addTimelineStep(manager, complaint, ComplaintTimelineAction.Received, actor, origin ? 'raised on a follow-up call' : null, receivedAt);
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
}
