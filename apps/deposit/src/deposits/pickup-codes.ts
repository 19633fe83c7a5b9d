import { Inject, Injectable } from '@nestjs/common';
import { DepositStatus, ErrorCode } from '@hospital/contracts';
import { DomainError, UnitOfWork } from '@hospital/platform';
import { EntityManager } from 'typeorm';
import { KEYED_HASH, KeyedHash, newPickupCode } from '../privacy/keyed-hash';
import { DepositEntity } from './deposit.entity';

export interface IssuedCode {
  plain: string;
  hash: string;
}

/** Pickup codes are handed out once and kept only as keyed hashes. */
@Injectable()
export class PickupCodes {
  constructor(
    private readonly uow: UnitOfWork,
    @Inject(KEYED_HASH) private readonly hash: KeyedHash,
  ) {}

  /**
   * A fresh code no deposit has had. A repeat among 32^8 codes is all but impossible, but the
   * look-up index is unique, and an insert failing on it would abort the whole check-in.
   */
  async unused(manager: EntityManager): Promise<IssuedCode> {
    for (;;) {
      const plain = newPickupCode();
      const hash = this.hash.of(plain);
      if (!(await manager.existsBy(DepositEntity, { pickupCodeHash: hash }))) return { plain, hash };
    }
  }

  /**
   * A new code for a deposit still in storage, replacing the old one: for a retried check-in,
   * whose first response (and code) the clerk never received.
   */
  reissue(id: string): Promise<string> {
    return this.uow.run(async ({ manager }) => {
      const deposit = await manager.findOne(DepositEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!deposit) throw DomainError.notFound(ErrorCode.DepositNotFound, 'Deposit', id);
      if (deposit.status !== DepositStatus.Stored) {
        throw new DomainError(ErrorCode.InvalidTransition, `deposit ${deposit.ticketNo} is ${deposit.status}: a retried check-in cannot issue its code again`, {
          status: deposit.status,
        });
      }
      const code = await this.unused(manager);
      await manager.update(DepositEntity, { id }, { pickupCodeHash: code.hash });
      return code.plain;
    });
  }
}
