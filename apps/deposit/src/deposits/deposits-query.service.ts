import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Actor, DepositDto, DepositLookupDto, ErrorCode, ListDepositsQueryDto, Page } from '@hospital/contracts';
import { DomainError, ENV, keysetPage, ServiceEnv } from '@hospital/platform';
import { Repository, SelectQueryBuilder } from 'typeorm';
import { KEYED_HASH, KeyedHash } from '../privacy/keyed-hash';
import { DepositEntity } from './deposit.entity';
import { toDepositDto, toLookupDto } from './deposit.mapper';

/**
 * Reading deposits: the desk's lists and search, one deposit, and the visitor's code look-up, as
 * the caller may see them (the mapper masks what their role may not).
 */
@Injectable()
export class DepositsQueryService {
  constructor(
    @InjectRepository(DepositEntity) private readonly deposits: Repository<DepositEntity>,
    @Inject(KEYED_HASH) private readonly hash: KeyedHash,
    @Inject(ENV) private readonly env: ServiceEnv,
  ) {}

  async get(id: string, actor: Actor): Promise<DepositDto> {
    const deposit = await this.deposits.findOneBy({ id });
    if (!deposit) throw DomainError.notFound(ErrorCode.DepositNotFound, 'Deposit', id);
    return toDepositDto(deposit, actor);
  }

  /** Newest first; days are the hospital's (TZ_HOSPITAL), not the server's. */
  async list(query: ListDepositsQueryDto, actor: Actor): Promise<Page<DepositDto>> {
    const qb = this.deposits.createQueryBuilder('d');
    for (const field of ['desk', 'status'] as const) {
      if (query[field]) qb.andWhere(`d.${field} = :${field}`, { [field]: query[field] });
    }
    if (query.tagNo !== undefined) qb.andWhere('d.tag_no = :tagNo', { tagNo: query.tagNo });
    this.filterDays(qb, query);
    if (query.q) {
      const q = escapeLike(query.q);
      qb.andWhere('(d.depositor_name ILIKE :nameLike OR d.ticket_no ILIKE :ticketLike)', { nameLike: `%${q}%`, ticketLike: `${q}%` });
    }
    const page = await keysetPage(qb, query);
    return { items: page.items.map((d) => toDepositDto(d, actor)), nextCursor: page.nextCursor };
  }

  /** Unknown, mistyped and guessed codes all get the same 404. */
  async lookup(code: string): Promise<DepositLookupDto> {
    const deposit = await this.deposits.findOneBy({ pickupCodeHash: this.hash.of(code) });
    if (!deposit) throw new DomainError(ErrorCode.DepositNotFound, 'no deposit has this pickup code');
    return toLookupDto(deposit, this.env.TZ_HOSPITAL);
  }

  /** On created_at, which check-in sets to checked_in_at: the list indexes end in it. */
  private filterDays(qb: SelectQueryBuilder<DepositEntity>, query: ListDepositsQueryDto): void {
    if (query.date && (query.from || query.to)) {
      throw DomainError.validation([{ field: 'date', message: 'send either date or from/to, not both' }]);
    }
    const from = query.date ?? query.from;
    const to = query.date ?? query.to;
    if (from && to && from > to) throw DomainError.validation([{ field: 'from', message: 'from must not be after to' }]);
    const tz = this.env.TZ_HOSPITAL;
    if (from) qb.andWhere('d.created_at >= (CAST(CAST(:from AS date) AS timestamp) AT TIME ZONE :tz)', { from, tz });
    if (to) qb.andWhere('d.created_at < (CAST(CAST(:to AS date) + 1 AS timestamp) AT TIME ZONE :tz)', { to, tz });
  }
}

function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}
