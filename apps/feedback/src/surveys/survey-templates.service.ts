import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Actor, CreateSurveyDto, ErrorCode, ListSurveysQueryDto, Page, SurveyDto, SurveyFormDto } from '@hospital/contracts';
import { DomainError, IdempotentRequest, keysetPage, UnitOfWork } from '@hospital/platform';
import { Repository } from 'typeorm';
import { duplicateQuestionIds } from './survey-answers';
import { SurveyTemplateEntity } from './survey-template.entity';
import { toSurveyDto } from './survey.mapper';

@Injectable()
export class SurveyTemplatesService {
  constructor(
    private readonly uow: UnitOfWork,
    @InjectRepository(SurveyTemplateEntity) private readonly templates: Repository<SurveyTemplateEntity>,
  ) {}

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

  async get(id: string): Promise<SurveyDto> {
    return toSurveyDto(await this.find(id));
  }

  async form(id: string): Promise<SurveyFormDto> {
    const { title, questions } = await this.find(id);
    return { id, title, questions };
  }

  async find(id: string): Promise<SurveyTemplateEntity> {
    const template = await this.templates.findOneBy({ id });
    if (!template) throw DomainError.notFound(ErrorCode.SurveyNotFound, 'Survey', id);
    return template;
  }

  async list(query: ListSurveysQueryDto): Promise<Page<SurveyDto>> {
    const page = await keysetPage(this.templates.createQueryBuilder('s'), query);
    return { items: page.items.map(toSurveyDto), nextCursor: page.nextCursor };
  }
}
