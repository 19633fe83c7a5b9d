import { Injectable } from '@nestjs/common';
import {
  Actor,
  DepositDisposalDto,
  DepositDisposedEvent,
  DepositEvents,
  DepositStatus,
  DisposeDepositRequestDto,
  ErrorCode,
  hasAnyRole,
  Role,
} from '@hospital/contracts';
import { DomainError, UnitOfWork } from '@hospital/platform';
import { DepositEntity } from '../deposits/deposit.entity';
import { DisposedRow, toDisposalDto } from './disposal.mapper';

/**
 * Unclaimed property leaves only by a disposal record (docs/domain.md §4.7: never disposed of
 * privately): a supervisor records who received it, and the tag goes back to the desk's pool.
 */
@Injectable()
export class DisposalService {
  constructor(private readonly uow: UnitOfWork) {}

  async dispose(req: DisposeDepositRequestDto, actor: Actor): Promise<DepositDisposalDto> {
    if (!hasAnyRole(actor, [Role.Supervisor])) {
      throw new DomainError(ErrorCode.SupervisorRequired, 'only a supervisor can dispose of unclaimed property');
    }
    return this.uow.run(async ({ manager, emit }) => {
      // Conditional on UNCLAIMED, so a second disposal (or one racing it) finds nothing to change.
      // DISPOSED is outside the tag-in-use index: the tag is free from this commit on.
      const [rows] = (await manager.query(
        `UPDATE "deposit"."deposits"
         SET "status" = '${DepositStatus.Disposed}', "disposed_at" = now(), "disposed_by" = $2, "disposal_to" = $3,
             "disposal_note" = $4, "version" = "version" + 1, "updated_at" = now()
         WHERE "id" = $1 AND "status" = '${DepositStatus.Unclaimed}'
         RETURNING "id", "ticket_no", "desk", "tag_no", "checked_in_at", "unclaimed_at", "disposed_at", "disposed_by", "disposal_to", "disposal_note"`,
        [req.id, actor.id, req.to, req.note],
      )) as [DisposedRow[], number];
      const row = rows[0];
      if (!row) {
        const deposit = await manager.findOne(DepositEntity, { where: { id: req.id }, select: { id: true, status: true } });
        if (!deposit) throw DomainError.notFound(ErrorCode.DepositNotFound, 'Deposit', req.id);
        throw new DomainError(ErrorCode.InvalidTransition, `deposit ${req.id} is ${deposit.status}: only an UNCLAIMED deposit can be disposed of`, {
          status: deposit.status,
        });
      }
      emit<DepositDisposedEvent>(DepositEvents.disposed, row.id, {
        id: row.id,
        ticketNo: row.ticket_no,
        desk: row.desk,
        tagNo: row.tag_no,
        to: row.disposal_to,
        disposedBy: row.disposed_by,
        at: row.disposed_at.toISOString(),
      });
      return toDisposalDto(row);
    });
  }
}
