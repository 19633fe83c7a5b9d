import { Injectable } from '@nestjs/common';
import { Actor, CreateSurveyDto, SurveyDto } from '@hospital/contracts';
import { DomainError, IdempotentRequest, UnitOfWork } from '@hospital/platform';
import { duplicateQuestionIds } from './survey-answers';
import { SurveyTemplateEntity } from './survey-template.entity';
import { toSurveyDto } from './survey.mapper';

/** A new questionnaire; never edited afterwards, since responses are validated and read against its questions. */
@Injectable()
export class CreateSurveyService {
  constructor(private readonly uow: UnitOfWork) {}

  async create(dto: CreateSurveyDto, actor: Actor, idempotency: IdempotentRequest | null = null): Promise<SurveyDto> {
    const duplicates = duplicateQuestionIds(dto.questions);
    if (duplicates.length) throw DomainError.validation(duplicates);
    return this.uow.run(async ({ manager }) => {
      const saved = await manager.save(
        manager.create(SurveyTemplateEntity, {
          title: dto.title,
          purpose: null,
          questions: dto.questions.map(({ id, text, kind, required }) => ({ id, text, kind, required })),
          createdBy: actor.id,
        }),
      );
      return toSurveyDto(saved);
    }, { idempotency });
  }
}
