import { Inject, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { BaseEnv, ENV } from '../config/env';

/**
 * One part of an app's demo data (SEED_DEMO=true; never in production). It runs once the app has
 * started and adds only what is missing, so a restart, or a second replica starting at the same
 * time, adds nothing. Each app keeps its seeds, and the data they load, in `src/seed/`.
 */
export abstract class DemoSeed implements OnApplicationBootstrap {
  protected readonly log = new Logger(this.constructor.name);

  /** What the log line calls the rows, e.g. "demo staff". */
  protected abstract readonly what: string;

  @Inject(ENV) private readonly seedEnv!: Pick<BaseEnv, 'SEED_DEMO'>;

  /** Adds the missing rows; returns how many it added. */
  abstract seed(): Promise<number>;

  async onApplicationBootstrap(): Promise<void> {
    if (!this.seedEnv.SEED_DEMO) return;
    this.log.log(`${this.what}: ${await this.seed()} added`);
  }
}

/**
 * Inserts the rows whose unique key is not taken yet and returns those it inserted, as Postgres
 * rows (snake_case columns). Rows already there are left as they are.
 */
export async function insertMissing<E extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<E>,
  rows: Partial<E>[],
): Promise<Record<string, unknown>[]> {
  if (rows.length === 0) return [];
  const result = await manager.createQueryBuilder().insert().into(entity).values(rows as never).orIgnore().returning('*').execute();
  return result.raw as Record<string, unknown>[];
}
