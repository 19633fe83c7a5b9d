import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { ENV, ServiceEnv, UnitOfWork } from '@hospital/platform';
import { demoSupervisors } from './demo-supervisors';
import { SocialSupervisorEntity } from './social-supervisor.entity';

/** With SEED_DEMO=true, registers the 15 demo supervisors missing (by phone); one already there, active or not, is left as it is. */
@Injectable()
export class SupervisorSeedService implements OnApplicationBootstrap {
  private readonly log = new Logger(SupervisorSeedService.name);

  constructor(
    @Inject(ENV) private readonly env: ServiceEnv,
    private readonly uow: UnitOfWork,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.env.SEED_DEMO) return;
    this.log.log(`social supervisors: ${await this.seed()} added`);
  }

  seed(): Promise<number> {
    return this.uow.run(async ({ manager }) => {
      const result = await manager
        .createQueryBuilder()
        .insert()
        .into(SocialSupervisorEntity)
        .values(demoSupervisors().map((s) => ({ ...s, active: true })))
        .orIgnore()
        .returning('"id"')
        .execute();
      return (result.raw as unknown[]).length;
    });
  }
}
