import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { SatisfactionQueryDto, SatisfactionReportDto } from '@hospital/contracts';
import { DomainError, ENV, ServiceEnv } from '@hospital/platform';
import { DataSource } from 'typeorm';
import { satisfactionRows } from './satisfaction.query';

/** Satisfaction figures (docs/domain.md §5.7, §7.1) per department, staff member or channel, by week or month. */
@Injectable()
export class SatisfactionService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(ENV) private readonly env: ServiceEnv,
  ) {}

  async report(query: SatisfactionQueryDto): Promise<SatisfactionReportDto> {
    if (query.to < query.from) throw DomainError.validation([{ field: 'to', message: 'to must be on or after from' }]);
    const rows = await satisfactionRows(this.db, query, this.env.TZ_HOSPITAL);
    return { from: query.from, to: query.to, groupBy: query.groupBy, period: query.period ?? null, rows };
  }
}
