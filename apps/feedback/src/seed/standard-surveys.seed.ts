import { Injectable } from '@nestjs/common';
import { DemoSeed, insertMissing, UnitOfWork } from '@hospital/platform';
import { SurveyTemplateEntity } from '../surveys/survey-template.entity';
import { STANDARD_SURVEYS } from './standard-surveys';

/** The standard templates missing (by purpose, unique); a template already there is left as it is. */
@Injectable()
export class StandardSurveysSeed extends DemoSeed {
  protected readonly what = 'standard surveys';

  constructor(private readonly uow: UnitOfWork) {
    super();
  }

  seed(): Promise<number> {
    return this.uow.run(async ({ manager }) => {
      const added = await insertMissing(manager, SurveyTemplateEntity, STANDARD_SURVEYS.map((s) => ({ ...s, createdBy: 'system' })));
      return added.length;
    });
  }
}
