import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { ENV, ServiceEnv, UnitOfWork } from '@hospital/platform';
import { SurveyTemplateEntity } from '../survey-template.entity';
import { STANDARD_SURVEYS } from './standard-surveys';

/** With SEED_DEMO=true, adds the standard templates missing (by purpose); a template already there is left as it is. */
@Injectable()
export class SurveySeedService implements OnApplicationBootstrap {
  private readonly log = new Logger(SurveySeedService.name);

  constructor(
    @Inject(ENV) private readonly env: ServiceEnv,
    private readonly uow: UnitOfWork,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.env.SEED_DEMO) return;
    this.log.log(`standard surveys: ${await this.seed()} added`);
  }

  seed(): Promise<number> {
    return this.uow.run(async ({ manager }) => {
      const result = await manager
        .createQueryBuilder()
        .insert()
        .into(SurveyTemplateEntity)
        .values(STANDARD_SURVEYS.map((s) => ({ ...s, createdBy: 'system' })))
        .orIgnore()
        .returning('"id"')
        .execute();
      return (result.raw as unknown[]).length;
    });
  }
}
