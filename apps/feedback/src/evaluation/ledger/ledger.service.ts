import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor, ErrorCode, EvaluationPointsDto, hasAnyRole, PointsSubjectKind, Role, StaffLedgerDto, StaffLedgerRequestDto } from '@hospital/contracts';
import { DomainError, ENV, ServiceEnv } from '@hospital/platform';
import { DataSource } from 'typeorm';
import { firstMonthOf, periodColumn } from '../period';
import { RulesService } from '../rules/rules.service';
import { PointsRow, POINTS_COLUMNS, toEntryDto, toVetoDto } from './ledger-rows';

const READS_ANY_LEDGER = [Role.Manager, Role.Supervisor, Role.Admin, Role.Inspector];

@Injectable()
export class LedgerService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly rules: RulesService,
    @Inject(ENV) private readonly env: ServiceEnv,
  ) {}

  async staffLedger({ id, period }: StaffLedgerRequestDto, actor: Actor): Promise<StaffLedgerDto> {
    if (!hasAnyRole(actor, READS_ANY_LEDGER) && actor.staffId !== id) {
      throw new DomainError(ErrorCode.Forbidden, 'A worker may read only their own ledger');
    }
    const [staff] = (await this.db.query(`SELECT "id" FROM "feedback"."staff_directory" WHERE "id" = $1`, [id])) as unknown[];
    if (!staff) throw new DomainError(ErrorCode.StaffNotFound, `Staff ${id} does not exist`, { errors: [{ field: 'id', message: 'no such staff member' }] });
    const rows = (await this.db.query(
      `SELECT ${POINTS_COLUMNS} FROM "feedback"."evaluation_points"
       WHERE "${periodColumn(period)}" = $1 AND "subject_kind" = $2 AND "status" = 'APPLIED' AND "subject_id" = $3 ORDER BY "occurred_at", "id"`,
      [period, PointsSubjectKind.Staff, id],
    )) as PointsRow[];
    const base = await this.baseOf(period);
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

  /** The base of a period comes from the rule version in force when it began (its first month's first day, hospital time). */
  async baseOf(period: string): Promise<number> {
    return (await this.rulesForPeriod(period)).base;
  }

  async rulesForPeriod(period: string): Promise<EvaluationPointsDto> {
    const [start] = (await this.db.query(`SELECT (($1 || '-01')::timestamp AT TIME ZONE $2) AS "at"`, [
      firstMonthOf(period),
      this.env.TZ_HOSPITAL,
    ])) as { at: Date }[];
    return (await this.rules.inForceAt(this.db.manager, start.at)).points;
  }
}
