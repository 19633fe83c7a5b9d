import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { ErrorCode, ListSurveysQueryDto, Page, SurveyDto, SurveyFormDto } from '@hospital/contracts';
import { DomainError, keysetPage } from '@hospital/platform';
import { Repository } from 'typeorm';
import { SurveyTemplateEntity } from './survey-template.entity';
import { toSurveyDto, toSurveyFormDto } from './survey.mapper';

/** Reading survey templates: for staff in full, for respondents only the title and questions. */
@Injectable()
export class SurveysQueryService {
  constructor(@InjectRepository(SurveyTemplateEntity) private readonly templates: Repository<SurveyTemplateEntity>) {}

  async get(id: string): Promise<SurveyDto> {
    return toSurveyDto(await this.find(id));
  }

  async form(id: string): Promise<SurveyFormDto> {
    return toSurveyFormDto(await this.find(id));
  }

  async list(query: ListSurveysQueryDto): Promise<Page<SurveyDto>> {
    const page = await keysetPage(this.templates.createQueryBuilder('s'), query);
    return { items: page.items.map(toSurveyDto), nextCursor: page.nextCursor };
  }

  private async find(id: string): Promise<SurveyTemplateEntity> {
    const template = await this.templates.findOneBy({ id });
    if (!template) throw DomainError.notFound(ErrorCode.SurveyNotFound, 'Survey', id);
    return template;
  }
}
