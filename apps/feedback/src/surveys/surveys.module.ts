import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { SatisfactionService } from './satisfaction.service';
import { SurveySeedService } from './seed/survey-seed.service';
import { SurveyInvitationEntity } from './survey-invitation.entity';
import { SurveyInvitationsService } from './survey-invitations.service';
import { SurveyResponsesService } from './survey-responses.service';
import { SurveyTemplateEntity } from './survey-template.entity';
import { SurveyTemplatesService } from './survey-templates.service';
import { SurveysHandlers } from './surveys.handlers';
import { TransportSurveyInvitations } from './transport-survey-invitations';

/** Survey templates, invitations with single-use tokens, answers, satisfaction figures, automatic transport surveys. */
@Module({
  imports: [TypeOrmModule.forFeature([SurveyTemplateEntity, SurveyInvitationEntity])],
  controllers: [SurveysHandlers],
  providers: [SurveyTemplatesService, SurveyInvitationsService, SurveyResponsesService, SatisfactionService, SurveySeedService, TransportSurveyInvitations],
})
export class SurveysModule {}
