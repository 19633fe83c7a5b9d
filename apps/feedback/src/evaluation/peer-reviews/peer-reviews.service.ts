import { Injectable } from '@nestjs/common';
import { Actor, CreatePeerReviewDto, ErrorCode, PeerReviewDto } from '@hospital/contracts';
import { DomainError, IdempotentRequest, UnitOfWork } from '@hospital/platform';
import { randomUUID } from 'node:crypto';
import { isQuarterClosed } from '../awards/period-lock';
import { quarterOf } from '../period';
import { toPeerReviewDto } from './peer-review.mapper';

/** 部门互评 (docs/domain.md §6.1): each department scores each other department once per period. */
@Injectable()
export class PeerReviewsService {
  constructor(private readonly uow: UnitOfWork) {}

  async create(dto: CreatePeerReviewDto, actor: Actor, idempotency: IdempotentRequest | null = null): Promise<PeerReviewDto> {
    if (dto.fromDepartment === dto.toDepartment) {
      throw new DomainError(ErrorCode.BusinessRule, 'A department does not review itself', {
        errors: [{ field: 'toDepartment', message: 'must differ from fromDepartment' }],
      });
    }
    return this.uow.run(async ({ manager }) => {
      if (await isQuarterClosed(manager, quarterOf(dto.period))) {
        throw new DomainError(ErrorCode.PeriodFrozen, `${dto.period} is closed: its awards are frozen`, {
          errors: [{ field: 'period', message: 'closed' }],
        });
      }
      const rows = (await manager.query(
        `INSERT INTO "feedback"."evaluation_peer_reviews" ("id", "period", "from_department", "to_department", "score", "reviewer_id")
         VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT ("period", "from_department", "to_department") DO NOTHING
         RETURNING "id", "created_at"`,
        [randomUUID(), dto.period, dto.fromDepartment, dto.toDepartment, dto.score, actor.id],
      )) as { id: string; created_at: Date }[];
      if (rows.length === 0) {
        throw new DomainError(ErrorCode.AlreadyReviewed, `${dto.fromDepartment} has already reviewed ${dto.toDepartment} for ${dto.period}`, {
          errors: [{ field: 'toDepartment', message: 'already reviewed for this period' }],
        });
      }
      return toPeerReviewDto(dto, { id: rows[0].id, reviewerId: actor.id, createdAt: rows[0].created_at });
    }, { idempotency });
  }
}
