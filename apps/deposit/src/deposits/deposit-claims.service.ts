import { Inject, Injectable } from '@nestjs/common';
import {
  Actor,
  ClaimDepositRequestDto,
  ClaimMethod,
  DepositDto,
  DepositEvents,
  DepositIdDto,
  DepositLockedEvent,
  DepositLostReportedEvent,
  DepositReleasedEvent,
  DepositStatus,
  ErrorCode,
  hasAnyRole,
  Role,
} from '@hospital/contracts';
import { DomainError, Transaction, UnitOfWork } from '@hospital/platform';
import { DEPOSIT_CONFIG, DepositConfig } from '../config';
import { KEYED_HASH, KeyedHash } from '../privacy/keyed-hash';
import { DepositEntity } from './deposit.entity';
import { toDepositDto } from './deposit.mapper';
import { lockDeposit, updateDeposit } from './deposit-row';

type ClaimOutcome = { refused: DomainError } | { released: DepositDto };

/** Statuses from which nothing leaves the desk by a claim any more. */
const GONE: readonly DepositStatus[] = [DepositStatus.Released, DepositStatus.Unclaimed, DepositStatus.Disposed];

/**
 * Claims (取件) three ways (docs/domain.md §4.8–§4.9), the lost-ticket report and the supervisor's
 * unlock. Every refused claim counts; at the configured limit the deposit locks.
 */
@Injectable()
export class DepositClaimsService {
  constructor(
    private readonly uow: UnitOfWork,
    @Inject(DEPOSIT_CONFIG) private readonly config: DepositConfig,
    @Inject(KEYED_HASH) private readonly hash: KeyedHash,
  ) {}

  /**
   * A refusal is returned from the transaction, not thrown in it, so the counter (and the lock
   * at the limit) commits although nothing is released; it is thrown once committed.
   */
  async claim(req: ClaimDepositRequestDto, actor: Actor): Promise<DepositDto> {
    if (req.method === ClaimMethod.Proxy && !hasAnyRole(actor, [Role.Supervisor])) {
      throw new DomainError(ErrorCode.SupervisorRequired, 'a proxy claim must be approved by a supervisor: a supervisor must make it');
    }
    const outcome = await this.uow.run(async (tx): Promise<ClaimOutcome> => {
      const deposit = await lockDeposit(tx.manager, req.id);
      assertClaimable(deposit, req);
      const refusal = this.refusal(deposit, req);
      if (refusal) return { refused: await this.countRefusal(tx, deposit, refusal) };
      return { released: await this.release(tx, deposit, req, actor) };
    });
    if ('refused' in outcome) throw outcome.refused;
    return outcome.released;
  }

  /** 挂失: the ticket's code dies at once; from now on only the ID number and the description release it. */
  reportLost({ id }: DepositIdDto, actor: Actor): Promise<DepositDto> {
    return this.uow.run(async ({ manager, emit }) => {
      const deposit = await lockDeposit(manager, id);
      assertNotLocked(deposit);
      assertStatus(deposit, [DepositStatus.Stored], 'report the ticket lost');
      const now = new Date();
      await updateDeposit(manager, deposit, { status: DepositStatus.TicketLost, lostReportedAt: now, lostReportedBy: actor.id });
      emit<DepositLostReportedEvent>(DepositEvents.lostReported, deposit.id, {
        id: deposit.id,
        ticketNo: deposit.ticketNo,
        desk: deposit.desk,
        tagNo: deposit.tagNo,
        clerkId: actor.id,
        at: now.toISOString(),
      });
      return toDepositDto(deposit, actor);
    });
  }

  /** A supervisor clears the lock and the count; the deposit goes back to where it was. */
  async unlock({ id }: DepositIdDto, actor: Actor): Promise<DepositDto> {
    if (!hasAnyRole(actor, [Role.Supervisor])) throw new DomainError(ErrorCode.SupervisorRequired, 'only a supervisor can unlock a deposit');
    return this.uow.run(async ({ manager }) => {
      const deposit = await lockDeposit(manager, id);
      assertStatus(deposit, [DepositStatus.Locked], 'unlock');
      await updateDeposit(manager, deposit, {
        status: deposit.lostReportedAt ? DepositStatus.TicketLost : DepositStatus.Stored,
        wrongCodeCount: 0,
        unlockedAt: new Date(),
        unlockedBy: actor.id,
      });
      return toDepositDto(deposit, actor);
    });
  }

  /** Why this claim fails the check of code or ID number, or null when it passes. */
  private refusal(deposit: DepositEntity, req: ClaimDepositRequestDto): string | null {
    const codeIsDead = deposit.status === DepositStatus.TicketLost;
    switch (req.method) {
      case ClaimMethod.PickupCode:
        if (codeIsDead) return 'the ticket was reported lost: its pickup code no longer works';
        return this.codeMatches(deposit, req.pickupCode) ? null : 'the pickup code does not match';
      case ClaimMethod.LostTicket:
        return this.idMatches(deposit, req.idNumber) ? null : "the ID number does not match the depositor's";
      case ClaimMethod.Proxy:
        if (codeIsDead) return 'the ticket was reported lost: its pickup code no longer works';
        // One answer for either mismatch: a proxy learns nothing about which half was right.
        return this.codeMatches(deposit, req.pickupCode) && this.idMatches(deposit, req.idNumber)
          ? null
          : "the pickup code or the depositor's ID number does not match";
    }
  }

  private codeMatches(deposit: DepositEntity, code: string | undefined): boolean {
    return code !== undefined && this.hash.matches(code, deposit.pickupCodeHash);
  }

  private idMatches(deposit: DepositEntity, idNumber: string | undefined): boolean {
    return idNumber !== undefined && this.hash.matches(idNumber, deposit.idHash);
  }

  private async countRefusal({ manager, emit }: Transaction, deposit: DepositEntity, reason: string): Promise<DomainError> {
    const wrongCodeCount = deposit.wrongCodeCount + 1;
    const locks = wrongCodeCount >= this.config.maxWrongCodes;
    const now = new Date();
    await updateDeposit(manager, deposit, locks ? { wrongCodeCount, status: DepositStatus.Locked, lockedAt: now } : { wrongCodeCount });
    if (locks) {
      emit<DepositLockedEvent>(DepositEvents.locked, deposit.id, {
        id: deposit.id,
        ticketNo: deposit.ticketNo,
        desk: deposit.desk,
        tagNo: deposit.tagNo,
        wrongAttempts: wrongCodeCount,
        at: now.toISOString(),
      });
    }
    const attemptsLeft = Math.max(0, this.config.maxWrongCodes - wrongCodeCount);
    const consequence = locks ? 'the deposit is now locked: a supervisor must unlock it' : `${attemptsLeft} attempt(s) left before it locks`;
    return new DomainError(ErrorCode.ClaimRefused, `${reason}; ${consequence}`, { attemptsLeft, locked: locks });
  }

  private async release({ manager, emit }: Transaction, deposit: DepositEntity, req: ClaimDepositRequestDto, actor: Actor): Promise<DepositDto> {
    const now = new Date();
    const proxy = req.method === ClaimMethod.Proxy;
    await updateDeposit(manager, deposit, {
      status: DepositStatus.Released,
      releasedAt: now,
      releasedBy: actor.id,
      claimMethod: req.method,
      claimedByName: proxy ? (req.proxyName ?? null) : null,
      approvedBy: proxy ? actor.id : null,
    });
    emit<DepositReleasedEvent>(DepositEvents.released, deposit.id, {
      id: deposit.id,
      ticketNo: deposit.ticketNo,
      desk: deposit.desk,
      tagNo: deposit.tagNo,
      method: req.method,
      clerkId: actor.id,
      approvedBy: deposit.approvedBy,
      at: now.toISOString(),
    });
    return toDepositDto(deposit, actor);
  }
}

function assertClaimable(deposit: DepositEntity, req: ClaimDepositRequestDto): void {
  if (GONE.includes(deposit.status)) {
    throw new DomainError(ErrorCode.InvalidTransition, `deposit ${deposit.ticketNo} is ${deposit.status}: it can no longer be claimed`, {
      status: deposit.status,
    });
  }
  assertNotLocked(deposit);
  if (req.method !== ClaimMethod.LostTicket) return;
  assertStatus(deposit, [DepositStatus.TicketLost], 'claim without the ticket (report it lost first)');
  if (req.descriptionConfirmed !== true) {
    throw new DomainError(ErrorCode.BusinessRule, 'the clerk must confirm that the claimant described the items as registered', {
      errors: [{ field: 'descriptionConfirmed', message: 'descriptionConfirmed must be true' }],
    });
  }
}

function assertNotLocked(deposit: DepositEntity): void {
  if (deposit.status === DepositStatus.Locked) {
    throw new DomainError(ErrorCode.DepositLocked, `deposit ${deposit.ticketNo} is locked after too many wrong codes: a supervisor must unlock it`);
  }
}

function assertStatus(deposit: DepositEntity, allowed: DepositStatus[], action: string): void {
  if (allowed.includes(deposit.status)) return;
  throw new DomainError(ErrorCode.InvalidTransition, `deposit ${deposit.ticketNo} is ${deposit.status}; to ${action} it must be ${allowed.join(' or ')}`, {
    status: deposit.status,
    allowedFrom: allowed,
  });
}
