import { Injectable } from '@nestjs/common';
import {
  Actor,
  CreateHandoverDto,
  DepositEvents,
  DepositEventVersions,
  ErrorCode,
  HandoverDiscrepancyEvent,
  HandoverDto,
  HandoverStatus,
  hasAnyRole,
  ResolveHandoverRequestDto,
  Role,
} from '@hospital/contracts';
import { DomainError, IdempotentRequest, UnitOfWork } from '@hospital/platform';
import { EntityManager, In } from 'typeorm';
import { DepositEntity } from '../deposits/deposit.entity';
import { HOLDS_A_TAG } from '../deposits/tag-pool';
import { HandoverEntity } from './handover.entity';
import { toHandoverDto } from './handover.mapper';
import { compareHandover } from './handover-count';

/**
 * Shift handover (交接班, docs/domain.md §4.12): the outgoing clerk's count is checked against the
 * records; a mismatch is recorded, announced for evaluation, and stays DISCREPANCY until a
 * supervisor resolves it. A handover is between staff members: both clerks are staff ids (the
 * caller's `actor.staffId`, the incoming one named in the body), so the evaluation ledger, which is
 * per staff member, can book a discrepancy; who resolved it is kept as the supervisor's user id.
 */
@Injectable()
export class HandoversService {
  constructor(private readonly uow: UnitOfWork) {}

  async create(dto: CreateHandoverDto, actor: Actor, idempotency: IdempotentRequest | null = null): Promise<HandoverDto> {
    const outgoingClerkId = staffIdOf(actor, 'hand a desk over');
    if (dto.incomingClerkId === outgoingClerkId) {
      throw DomainError.validation([{ field: 'incomingClerkId', message: 'incomingClerkId must be another clerk than the one handing over' }]);
    }
    return this.uow.run(async ({ manager, emit }) => {
      // What the desk physically holds: every bag still carrying its tag, unclaimed ones included.
      const held = await manager.find(DepositEntity, { where: { desk: dto.desk, status: In([...HOLDS_A_TAG]) }, select: { tagNo: true } });
      const comparison = compareHandover(dto, held.map((d) => d.tagNo));
      const handover = await manager.save(
        manager.create(HandoverEntity, {
          desk: dto.desk,
          status: comparison.discrepancy ? HandoverStatus.Discrepancy : HandoverStatus.Matched,
          outgoingClerkId,
          incomingClerkId: dto.incomingClerkId,
          countedCount: dto.count,
          countedTags: [...dto.tagNos].sort((a, b) => a - b),
          expectedCount: comparison.expectedCount,
          missingTags: comparison.missingTags,
          extraTags: comparison.extraTags,
          note: dto.note ?? null,
          confirmedAt: null,
          resolvedBy: null,
          resolvedAt: null,
          resolution: null,
        }),
      );
      if (comparison.discrepancy) {
        emit<HandoverDiscrepancyEvent>(
          DepositEvents.handoverDiscrepancy,
          handover.id,
          {
            handoverId: handover.id,
            desk: handover.desk,
            outgoingClerkId: handover.outgoingClerkId,
            incomingClerkId: handover.incomingClerkId,
            expectedCount: handover.expectedCount,
            countedCount: handover.countedCount,
            missingTags: handover.missingTags,
            extraTags: handover.extraTags,
            at: handover.createdAt.toISOString(),
          },
          DepositEventVersions.handoverDiscrepancy,
        );
      }
      return toHandoverDto(handover);
    }, { idempotency });
  }

  /** The incoming clerk, and only they (the account linked to that staff member), confirms they took the desk over; once. */
  async confirm(id: string, actor: Actor): Promise<HandoverDto> {
    const staffId = staffIdOf(actor, 'confirm a handover');
    return this.uow.run(async ({ manager }) => {
      const handover = await this.lock(manager, id);
      if (handover.incomingClerkId !== staffId) {
        throw new DomainError(ErrorCode.NotIncomingClerk, 'only the incoming clerk named on the handover can confirm it');
      }
      if (handover.confirmedAt) {
        throw new DomainError(ErrorCode.InvalidTransition, `handover ${id} was already confirmed`, { confirmedAt: handover.confirmedAt.toISOString() });
      }
      handover.confirmedAt = new Date();
      return toHandoverDto(await manager.save(handover));
    });
  }

  async resolve(req: ResolveHandoverRequestDto, actor: Actor): Promise<HandoverDto> {
    if (!hasAnyRole(actor, [Role.Supervisor])) {
      throw new DomainError(ErrorCode.SupervisorRequired, 'only a supervisor can resolve a handover discrepancy');
    }
    return this.uow.run(async ({ manager }) => {
      const handover = await this.lock(manager, req.id);
      if (handover.status !== HandoverStatus.Discrepancy) {
        throw new DomainError(ErrorCode.InvalidTransition, `handover ${req.id} is ${handover.status}: only a DISCREPANCY can be resolved`, {
          status: handover.status,
        });
      }
      // Who resolved it is an audit of the account that did it (user id), not a staff member being evaluated.
      Object.assign(handover, { status: HandoverStatus.Resolved, resolvedBy: actor.id, resolvedAt: new Date(), resolution: req.resolution });
      return toHandoverDto(await manager.save(handover));
    });
  }

  /** Row lock for the transaction: a confirm and a resolve at once must not overwrite each other. */
  private async lock(manager: EntityManager, id: string): Promise<HandoverEntity> {
    const handover = await manager.findOne(HandoverEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!handover) throw DomainError.notFound(ErrorCode.HandoverNotFound, 'Handover', id);
    return handover;
  }
}

/** The staff member the caller's account is linked to; a handover is a staff member's step, so an unlinked account is refused. */
function staffIdOf(actor: Actor, step: string): string {
  if (!actor.staffId) {
    throw new DomainError(ErrorCode.NotLinkedToStaff, `your account is not linked to a staff member, and only a staff member can ${step}`);
  }
  return actor.staffId;
}
