import { Inject, Injectable } from '@nestjs/common';
import {
  Actor,
  ErrorCode,
  FeedbackChannel,
  FollowUpComplaintRequestDto,
  FollowUpComplaintResultDto,
  FollowUpDto,
  FollowUpOutcomeRequestDto,
  FollowUpPageDto,
  FollowUpStatus,
  hasAnyRole,
  ListFollowUpsQueryDto,
  PlanFollowUpDto,
  Role,
} from '@hospital/contracts';
import { DomainError, ENV, hospitalDate, keysetPage, maskName, maskPhone, ServiceEnv, Transaction, UnitOfWork } from '@hospital/platform';
import { EntityManager } from 'typeorm';
import { ComplaintsService } from '../complaints/complaints.service';
import { FollowUpEntity } from './follow-up.entity';

/**
 * Follow-up calls (回访) to discharged patients: planned with a due day, the outcome recorded
 * (an unreached patient may be tried again), and an issue raised on the call turned into a
 * complaint in the same transaction, linked both ways.
 */
@Injectable()
export class FollowUpsService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly complaints: ComplaintsService,
    @Inject(ENV) private readonly env: ServiceEnv,
  ) {}

  async plan(req: PlanFollowUpDto, actor: Actor): Promise<FollowUpDto> {
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
      return this.toDto(followUp, actor);
    });
  }

  async list(query: ListFollowUpsQueryDto, actor: Actor, manager: EntityManager): Promise<FollowUpPageDto> {
    const today = this.today();
    const qb = manager.createQueryBuilder(FollowUpEntity, 'f');
    if (query.status) qb.andWhere('f.status = :status', { status: query.status });
    if (query.due) qb.andWhere('f.status <> :done AND f.due_on <= :today', { done: FollowUpStatus.Completed, today });
    if (query.overdue) qb.andWhere('f.status <> :done AND f.due_on < :today', { done: FollowUpStatus.Completed, today });
    const page = await keysetPage(qb, query);
    return { items: page.items.map((f) => this.toDto(f, actor)), nextCursor: page.nextCursor };
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
      return this.toDto(f, actor);
    });
  }

  /** The complainant is the patient called; the one who made the call owns the complaint (首问负责制). */
  raiseComplaint(req: FollowUpComplaintRequestDto, actor: Actor): Promise<FollowUpComplaintResultDto> {
    return this.uow.run(async (tx: Transaction) => {
      const f = await this.lock(tx.manager, req.id);
      if (f.status !== FollowUpStatus.Completed) {
        throw new DomainError(ErrorCode.InvalidTransition, 'record the call (reached) before raising a complaint from it', { status: f.status });
      }
      if (f.complaintId) throw new DomainError(ErrorCode.Conflict, `complaint ${f.complaintId} was raised from this call already`, { complaintId: f.complaintId });
      const { id, ...complaint } = req;
      const created = await this.complaints.createIn(
        tx,
        { ...complaint, channel: FeedbackChannel.FollowUp, complainant: { name: f.patientName, phone: f.patientPhone } },
        actor,
        { followUpId: id },
      );
      f.complaintId = created.id;
      await tx.manager.save(f);
      return { followUp: this.toDto(f, actor), complaint: created };
    });
  }

  private async lock(manager: EntityManager, id: string): Promise<FollowUpEntity> {
    const f = await manager.findOne(FollowUpEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!f) throw DomainError.notFound(ErrorCode.NotFound, 'Follow-up', id);
    return f;
  }

  private today(): string {
    return hospitalDate(new Date(), this.env.TZ_HOSPITAL);
  }

  private toDto(f: FollowUpEntity, actor: Actor): FollowUpDto {
    const full = hasAnyRole(actor, [Role.Supervisor, Role.Manager]);
    return {
      id: f.id,
      patient: {
        name: full ? f.patientName : (maskName(f.patientName) ?? ''),
        phone: full ? f.patientPhone : (maskPhone(f.patientPhone) ?? ''),
        department: f.patientDepartment,
      },
      dischargedOn: f.dischargedOn,
      dueOn: f.dueOn,
      channel: f.channel,
      status: f.status,
      overdue: f.status !== FollowUpStatus.Completed && f.dueOn < this.today(),
      attempts: f.attempts,
      satisfied: f.satisfied,
      issues: f.issues,
      complaintId: f.complaintId,
      plannedBy: f.plannedBy,
      calledBy: f.calledBy,
      calledAt: f.calledAt ? f.calledAt.toISOString() : null,
    };
  }
}
