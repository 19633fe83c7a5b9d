import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CreateSurveyService } from './create-survey.service';
import { SatisfactionService } from './satisfaction.service';
import { SurveyInvitationEntity } from './survey-invitation.entity';
import { SurveyInvitationsQueryService } from './survey-invitations-query.service';
import { SurveyInvitationsService } from './survey-invitations.service';
import { SurveyResponsesService } from './survey-responses.service';
import { SurveyTemplateEntity } from './survey-template.entity';
import { SurveysHandlers } from './surveys.handlers';
import { SurveysQueryService } from './surveys-query.service';
import { TransportSurveyInvitations } from './transport-survey-invitations';

/** Survey templates, invitations with single-use tokens, answers, satisfaction figures, automatic transport surveys. */
@Module({
  imports: [TypeOrmModule.forFeature([SurveyTemplateEntity, SurveyInvitationEntity])],
  controllers: [SurveysHandlers],
  providers: [
    CreateSurveyService,
    SurveysQueryService,
    SurveyInvitationsService,
    SurveyInvitationsQueryService,
    SurveyResponsesService,
    SatisfactionService,
    TransportSurveyInvitations,
  ],
})
export class SurveysModule {}
