import { Inject, Injectable } from '@nestjs/common';
import {
  Actor,
  ErrorCode,
  FeedbackChannel,
  FollowUpComplaintRequestDto,
  FollowUpComplaintResultDto,
  FollowUpDto,
  FollowUpOutcomeRequestDto,
  FollowUpStatus,
  PlanFollowUpDto,
} from '@hospital/contracts';
import { DomainError, ENV, hospitalDate, IdempotentRequest, ServiceEnv, UnitOfWork } from '@hospital/platform';
import { EntityManager } from 'typeorm';
import { CreateComplaintService } from '../complaints/create-complaint.service';
import { FollowUpEntity } from './follow-up.entity';
import { toFollowUpDto } from './follow-up.mapper';

/**
 * Follow-up calls (回访, docs/domain.md §5.8) to discharged patients: planned with a due day, the
 * outcome recorded (an unreached patient may be tried again), and an issue raised on the call
 * turned into a complaint in the same transaction, linked both ways.
 */
@Injectable()
export class FollowUpCallsService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly complaints: CreateComplaintService,
    @Inject(ENV) private readonly env: ServiceEnv,
  ) {}

  async plan(req: PlanFollowUpDto, actor: Actor, idempotency: IdempotentRequest | null = null): Promise<FollowUpDto> {
    if (req.dueOn < req.dischargedOn) {
      throw DomainError.validation([{ field: 'dueOn', message: 'dueOn must not be before dischargedOn' }]);
    }
    return this.uow.run(async ({ manager }) => {
      const followUp = await manager.save(
        manager.create(FollowUpEntity, {
          patientName: req.patient.name,
          patientPhone: req.patient.phone,
          patientDepartment: req.patient.department ?? null,
          dischargedOn: req.dischargedOn,
          dueOn: req.dueOn,
          channel: req.channel ?? FeedbackChannel.Phone,
          status: FollowUpStatus.Planned,
          attempts: 0,
          satisfied: null,
          issues: null,
          complaintId: null,
          plannedBy: actor.id,
          calledBy: null,
          calledAt: null,
          createdAt: new Date(),
        }),
      );
      return toFollowUpDto(followUp, actor, this.today());
    }, { idempotency });
  }

  async recordOutcome(req: FollowUpOutcomeRequestDto, actor: Actor): Promise<FollowUpDto> {
    if (!req.reached && (req.satisfied !== undefined || req.issues !== undefined)) {
      throw DomainError.validation([{ field: 'satisfied', message: 'satisfied and issues are recorded only when the patient was reached' }]);
    }
    return this.uow.run(async ({ manager }) => {
      const f = await this.lock(manager, req.id);
      if (f.status === FollowUpStatus.Completed) {
        throw new DomainError(ErrorCode.InvalidTransition, 'the call was completed already', { status: f.status });
      }
      Object.assign(f, {
        status: req.reached ? FollowUpStatus.Completed : FollowUpStatus.Unreached,
        attempts: f.attempts + 1,
        satisfied: req.satisfied ?? null,
        issues: req.issues ?? null,
        calledBy: actor.id,
        calledAt: new Date(),
      });
      await manager.save(f);
      return toFollowUpDto(f, actor, this.today());
    });
  }

  /** The complainant is the patient called; the one who made the call owns the complaint (首问负责制, docs/domain.md §5.1). */
  raiseComplaint(req: FollowUpComplaintRequestDto, actor: Actor, idempotency: IdempotentRequest | null = null): Promise<FollowUpComplaintResultDto> {
    return this.uow.run(async (tx) => {
      const f = await this.lock(tx.manager, req.id);
      if (f.status !== FollowUpStatus.Completed) {
        throw new DomainError(ErrorCode.InvalidTransition, 'record the call (reached) before raising a complaint from it', { status: f.status });
      }
      if (f.complaintId) {
        throw new DomainError(ErrorCode.ComplaintAlreadyRaised, `complaint ${f.complaintId} was raised from this call already`, { complaintId: f.complaintId });
      }
      const { id, ...complaint } = req;
      const created = await this.complaints.createIn(
        tx,
        { ...complaint, channel: FeedbackChannel.FollowUp, complainant: { name: f.patientName, phone: f.patientPhone } },
        actor,
        { followUpId: id },
      );
      f.complaintId = created.id;
      await tx.manager.save(f);
      return { followUp: toFollowUpDto(f, actor, this.today()), complaint: created };
    }, { idempotency });
  }

  private async lock(manager: EntityManager, id: string): Promise<FollowUpEntity> {
    const f = await manager.findOne(FollowUpEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!f) throw DomainError.notFound(ErrorCode.FollowUpNotFound, 'Follow-up', id);
    return f;
  }

  private today(): string {
    return hospitalDate(new Date(), this.env.TZ_HOSPITAL);
  }
}
