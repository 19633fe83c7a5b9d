import { ErrorCode } from '@hospital/contracts';
import { DomainError } from '@hospital/platform';
import { EntityManager } from 'typeorm';
import { DepositEntity } from './deposit.entity';

/**
 * The deposit, locked FOR UPDATE until the transaction ends: of two clerks acting on one bag
 * at once, the second waits and then sees what the first did.
 */
export async function lockDeposit(manager: EntityManager, id: string): Promise<DepositEntity> {
  const deposit = await manager.findOne(DepositEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
  if (!deposit) throw DomainError.notFound(ErrorCode.DepositNotFound, 'Deposit', id);
  return deposit;
}

/**
 * Writes just these fields (TypeORM adds version + 1 and updated_at) and applies them to the
 * entity; save() would first read the row back, a round trip the lock already made.
 */
export async function updateDeposit(manager: EntityManager, deposit: DepositEntity, changes: Partial<DepositEntity>): Promise<void> {
  const { raw } = await manager
    .createQueryBuilder()
    .update(DepositEntity)
    .set(changes)
    .where('id = :id', { id: deposit.id })
    .returning('"version", "updated_at"')
    .execute();
  const [{ version, updated_at: updatedAt }] = raw as { version: number; updated_at: Date }[];
  Object.assign(deposit, changes, { version, updatedAt });
}
