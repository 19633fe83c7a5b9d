import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { Actor, ErrorCode, EvaluationPointsDto, hasAnyRole, PointsSubjectKind, Role, StaffLedgerDto, StaffLedgerRequestDto } from '@hospital/contracts';
import { DomainError, ENV, ServiceEnv } from '@hospital/platform';
import { DataSource, Repository } from 'typeorm';
import { StaffDirectoryEntry } from '../../staff-directory/staff-directory.entity';
import { firstMonthOf } from '../period';
import { RulesQueryService } from '../rules/rules-query.service';
import { toEntryDto, toVetoDto } from './ledger.mapper';
import { monthStartsAt, subjectEntries } from './ledger.query';

const READS_ANY_LEDGER = [Role.Manager, Role.Supervisor, Role.Admin, Role.Inspector];

/** A staff member's ledger of a period, and the rules a period is scored with. */
@Injectable()
export class LedgerService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @InjectRepository(StaffDirectoryEntry) private readonly staff: Repository<StaffDirectoryEntry>,
    private readonly rules: RulesQueryService,
    @Inject(ENV) private readonly env: ServiceEnv,
  ) {}

  async staffLedger({ id, period }: StaffLedgerRequestDto, actor: Actor): Promise<StaffLedgerDto> {
    if (!hasAnyRole(actor, READS_ANY_LEDGER) && actor.staffId !== id) {
      throw new DomainError(ErrorCode.Forbidden, 'only your own ledger: the staff member your account is linked to');
    }
    if (!(await this.staff.existsBy({ id }))) {
      throw new DomainError(ErrorCode.StaffNotFound, `Staff ${id} does not exist`, { errors: [{ field: 'id', message: 'no such staff member' }] });
    }
    const rows = await subjectEntries(this.db, period, PointsSubjectKind.Staff, id);
    const { base } = await this.rulesForPeriod(period);
    const vetoes = rows.filter((r) => r.veto).map(toVetoDto);
    return {
      staffId: id,
      period,
      base,
      entries: rows.map(toEntryDto),
      total: base + rows.reduce((sum, r) => sum + r.points, 0),
      vetoed: vetoes.length > 0,
      vetoes,
    };
  }

  /** A period is scored with the rule version in force when it began (its first month's first day, hospital time). */
  async rulesForPeriod(period: string): Promise<EvaluationPointsDto> {
    return (await this.rules.inForceAt(await monthStartsAt(this.db, firstMonthOf(period), this.env.TZ_HOSPITAL))).points;
  }
}
