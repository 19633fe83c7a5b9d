import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor, EvaluationPointsDto, EvaluationRulesDto } from '@hospital/contracts';
import { UnitOfWork } from '@hospital/platform';
import { DataSource, EntityManager } from 'typeorm';

interface RuleRow {
  version: number;
  effective_from: Date;
  points: EvaluationPointsDto;
  created_by: string | null;
}

const toDto = (row: RuleRow): EvaluationRulesDto => ({
  version: row.version,
  effectiveFrom: row.effective_from.toISOString(),
  createdBy: row.created_by,
  points: row.points,
});

/** Versioned scoring rules: a change is a new version from now on; old versions stay as they were. */
@Injectable()
export class RulesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly uow: UnitOfWork,
  ) {}

  async current(): Promise<EvaluationRulesDto> {
    return toDto(await this.inForceAt(this.db.manager, new Date()));
  }

  async replace(points: EvaluationPointsDto, actor: Actor): Promise<EvaluationRulesDto> {
    return this.uow.run(async ({ manager }) => {
      // Serialises concurrent PUTs so each gets its own version number.
      await manager.query(`LOCK TABLE "feedback"."evaluation_rules" IN SHARE ROW EXCLUSIVE MODE`);
      const [row] = (await manager.query(
        `INSERT INTO "feedback"."evaluation_rules" ("version", "effective_from", "points", "created_by")
         SELECT COALESCE(MAX("version"), 0) + 1, now(), $1, $2 FROM "feedback"."evaluation_rules"
         RETURNING "version", "effective_from", "points", "created_by"`,
        [JSON.stringify(points), actor.id],
      )) as RuleRow[];
      return toDto(row);
    });
  }

  /** The version a source that happened at `at` is scored with. */
  async inForceAt(manager: EntityManager, at: Date): Promise<RuleRow> {
    const [row] = (await manager.query(
      `SELECT "version", "effective_from", "points", "created_by" FROM "feedback"."evaluation_rules"
       WHERE "effective_from" <= $1 ORDER BY "version" DESC LIMIT 1`,
      [at],
    )) as RuleRow[];
    if (row) return row;
    // Only a source dated before 1970 gets here: version 1 covers everything else.
    const [first] = (await manager.query(
      `SELECT "version", "effective_from", "points", "created_by" FROM "feedback"."evaluation_rules" ORDER BY "version" LIMIT 1`,
    )) as RuleRow[];
    return first;
  }
}
