import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Actor, ErrorCode, ListLoansQueryDto, LoanDto, LoanStatusFilter, Page } from '@hospital/contracts';
import { DomainError, keysetPage } from '@hospital/platform';
import { Repository } from 'typeorm';
import { toLoanDto } from './loan.mapper';
import { LoanEntity } from './loan.entity';

/** Reading loans: the desk's list (newest first) and one loan. */
@Injectable()
export class LoansQueryService {
  constructor(@InjectRepository(LoanEntity) private readonly loans: Repository<LoanEntity>) {}

  async list(query: ListLoansQueryDto, actor: Actor): Promise<Page<LoanDto>> {
    if (query.from && query.to && Date.parse(query.to) <= Date.parse(query.from)) {
      throw DomainError.validation([{ field: 'to', message: 'to must be after from' }]);
    }
    const qb = this.loans.createQueryBuilder('l');
    if (query.desk) qb.andWhere('l.desk = :desk', { desk: query.desk });
    if (query.from) qb.andWhere('l.created_at >= :from', { from: query.from });
    if (query.to) qb.andWhere('l.created_at < :to', { to: query.to });
    if (query.status === LoanStatusFilter.Open) qb.andWhere('l.returned_at IS NULL');
    if (query.status === LoanStatusFilter.Returned) qb.andWhere('l.returned_at IS NOT NULL');
    if (query.status === LoanStatusFilter.Overdue) qb.andWhere('l.returned_at IS NULL AND l.due_back_at < now()');
    const page = await keysetPage(qb, query);
    const now = new Date();
    return { items: page.items.map((loan) => toLoanDto(loan, actor, now)), nextCursor: page.nextCursor };
  }

  async get(id: string, actor: Actor): Promise<LoanDto> {
    const loan = await this.loans.findOneBy({ id });
    if (!loan) throw DomainError.notFound(ErrorCode.LoanNotFound, 'Loan', id);
    return toLoanDto(loan, actor);
  }
}
