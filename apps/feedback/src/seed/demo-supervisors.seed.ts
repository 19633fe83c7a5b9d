import { Injectable } from '@nestjs/common';
import { DemoSeed, insertMissing, UnitOfWork } from '@hospital/platform';
import { SocialSupervisorEntity } from '../supervisors/social-supervisor.entity';
import { demoSupervisors } from './demo-supervisors';

/** The 15 demo supervisors missing (by phone, unique); one already there, active or not, is left as it is. */
@Injectable()
export class DemoSupervisorsSeed extends DemoSeed {
  protected readonly what = 'social supervisors';

  constructor(private readonly uow: UnitOfWork) {
    super();
  }

  seed(): Promise<number> {
    return this.uow.run(async ({ manager }) => {
      const added = await insertMissing(manager, SocialSupervisorEntity, demoSupervisors().map((s) => ({ ...s, active: true })));
      return added.length;
    });
  }
}
