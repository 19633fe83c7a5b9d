import { Inject, Injectable } from '@nestjs/common';
import {
  Actor,
  DepositEvents,
  EquipmentUnitStatus,
  ErrorCode,
  LedgerEntryKind,
  LoanDto,
  LoanOpenedEvent,
  LoanReturnedEvent,
  OpenLoanDto,
  PaymentMethod,
  ReturnLoanRequestDto,
} from '@hospital/contracts';
import { DomainError, IdempotentRequest, UnitOfWork } from '@hospital/platform';
import { DEPOSIT_CONFIG, DepositConfig } from '../config';
import { NewLedgerEntry, recordLedgerEntries } from '../ledger/ledger-writer';
import { KEYED_HASH, KeyedHash, lastFour } from '../privacy/keyed-hash';
import { EquipmentUnitEntity } from './equipment-unit.entity';
import { isOverdue, toLoanDto } from './loan.mapper';
import { LoanEntity } from './loan.entity';

/**
 * Lending a unit against a deposit and taking it back. Each is one transaction: the unit's
 * status, the loan, its ledger entries and its event commit together or not at all.
 */
@Injectable()
export class LoansService {
  constructor(
    private readonly uow: UnitOfWork,
    @Inject(DEPOSIT_CONFIG) private readonly config: DepositConfig,
    @Inject(KEYED_HASH) private readonly hash: KeyedHash,
  ) {}

  /**
   * Locks the unit row before checking it is AVAILABLE, so of two clerks lending one unit at
   * once the second waits, then finds it LENT: 409 UNIT_UNAVAILABLE.
   */
  open(dto: OpenLoanDto, actor: Actor, idempotency: IdempotentRequest | null = null): Promise<LoanDto> {
    return this.uow.run(async ({ manager, emit }) => {
      const now = new Date();
      const dueBackAt = new Date(dto.dueBackAt);
      if (dueBackAt <= now) throw businessRule('dueBackAt', 'dueBackAt must be in the future');
      const unit = await manager.findOne(EquipmentUnitEntity, { where: { id: dto.unitId }, lock: { mode: 'pessimistic_write' } });
      if (!unit) throw DomainError.notFound(ErrorCode.EquipmentNotFound, 'Equipment unit', dto.unitId);
      if (unit.status !== EquipmentUnitStatus.Available) {
        throw new DomainError(ErrorCode.UnitUnavailable, `unit ${unit.code} is ${unit.status}, not AVAILABLE`, { status: unit.status });
      }
      const defaultDepositFen = this.config.loanDepositFen[unit.type];
      const depositFen = dto.depositFen ?? defaultDepositFen;
      const paymentMethod = depositFen > 0 ? (dto.paymentMethod ?? PaymentMethod.Cash) : null;

      await manager.update(EquipmentUnitEntity, { id: unit.id }, { status: EquipmentUnitStatus.Lent });
      const loan = await manager.save(
        manager.create(LoanEntity, {
          unitId: unit.id,
          unitCode: unit.code,
          type: unit.type,
          desk: unit.desk,
          borrowerName: dto.borrower.name,
          borrowerPhone: dto.borrower.phone,
          borrowerIdHash: this.hash.of(dto.borrower.idNumber),
          borrowerIdLast4: lastFour(dto.borrower.idNumber),
          depositFen,
          defaultDepositFen,
          paymentMethod,
          dueBackAt,
          openedBy: actor.id,
          overdueAt: null,
          returnedAt: null,
          returnedBy: null,
          deductionFen: null,
          deductionReason: null,
          refundFen: null,
          refundMethod: null,
          unitStatusAfterReturn: null,
          createdAt: now,
        }),
      );
      if (paymentMethod) {
        const taken = { kind: LedgerEntryKind.DepositTaken, amountFen: depositFen, paymentMethod };
        await recordLedgerEntries(manager, [{ ...taken, desk: loan.desk, clerkId: actor.id, at: now, loanId: loan.id }]);
      }
      emit<LoanOpenedEvent>(DepositEvents.loanOpened, loan.id, {
        loanId: loan.id,
        unitId: unit.id,
        unitCode: unit.code,
        type: unit.type,
        desk: unit.desk,
        depositFen,
        clerkId: actor.id,
        dueBackAt: dueBackAt.toISOString(),
        at: now.toISOString(),
      });
      return toLoanDto(loan, actor, now);
    }, { idempotency });
  }

  /**
   * Refund = deposit − deduction; the deduction is at most the deposit and needs a reason. The
   * loan row is locked, so a second return (or two clerks at once) gets 409 INVALID_TRANSITION.
   */
  returnLoan(req: ReturnLoanRequestDto, actor: Actor): Promise<LoanDto> {
    return this.uow.run(async ({ manager, emit }) => {
      const now = new Date();
      const loan = await manager.findOne(LoanEntity, { where: { id: req.id }, lock: { mode: 'pessimistic_write' } });
      if (!loan) throw DomainError.notFound(ErrorCode.LoanNotFound, 'Loan', req.id);
      if (loan.returnedAt) {
        throw new DomainError(ErrorCode.InvalidTransition, `loan of ${loan.unitCode} was already returned at ${loan.returnedAt.toISOString()}`, {
          status: 'RETURNED',
        });
      }
      const deductionFen = req.damageDeductionFen ?? 0;
      if (deductionFen > loan.depositFen) {
        throw businessRule('damageDeductionFen', `damageDeductionFen ${deductionFen} is more than the deposit of ${loan.depositFen} fen`);
      }
      if (deductionFen > 0 && !req.deductionReason) throw businessRule('deductionReason', 'deductionReason is required when part of the deposit is kept');
      const refundFen = loan.depositFen - deductionFen;
      const refundMethod = refundFen > 0 ? (req.refundMethod ?? loan.paymentMethod ?? PaymentMethod.Cash) : null;
      const unitStatus = req.unitStatus ?? EquipmentUnitStatus.Available;
      const overdue = isOverdue({ dueBackAt: loan.dueBackAt, returnedAt: now }, now);

      Object.assign(loan, {
        returnedAt: now,
        returnedBy: actor.id,
        deductionFen,
        deductionReason: req.deductionReason ?? null,
        refundFen,
        refundMethod,
        unitStatusAfterReturn: unitStatus,
        overdueAt: loan.overdueAt ?? (overdue ? now : null),
      });
      await manager.save(loan);
      await manager.update(EquipmentUnitEntity, { id: loan.unitId }, { status: unitStatus });

      const entry = { desk: loan.desk, clerkId: actor.id, at: now, loanId: loan.id };
      const entries: NewLedgerEntry[] = [];
      if (refundMethod) entries.push({ ...entry, kind: LedgerEntryKind.Refund, amountFen: -refundFen, paymentMethod: refundMethod });
      // The kept part stays where the deposit was paid.
      if (deductionFen > 0) entries.push({ ...entry, kind: LedgerEntryKind.Deduction, amountFen: deductionFen, paymentMethod: loan.paymentMethod ?? PaymentMethod.Cash });
      await recordLedgerEntries(manager, entries);

      emit<LoanReturnedEvent>(DepositEvents.loanReturned, loan.id, {
        loanId: loan.id,
        unitId: loan.unitId,
        unitCode: loan.unitCode,
        type: loan.type,
        desk: loan.desk,
        depositFen: loan.depositFen,
        deductionFen,
        refundFen,
        overdue,
        unitStatus,
        clerkId: actor.id,
        at: now.toISOString(),
      });
      return toLoanDto(loan, actor, now);
    });
  }
}

function businessRule(field: string, message: string): DomainError {
  return new DomainError(ErrorCode.BusinessRule, message, { errors: [{ field, message }] });
}
