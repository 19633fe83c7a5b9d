import { Module } from '@nestjs/common';
import { EvaluationController } from './evaluation.controller';
import { ComplaintsController } from './complaints.controller';
import { PraisesController } from './praises.controller';
import { FollowUpsController } from './follow-ups.controller';
import { SatisfactionController } from './satisfaction.controller';
import { SupervisorsController } from './supervisors.controller';
import { SurveysController } from './surveys.controller';

/** HTTP face of the feedback service (feedback and staff evaluation): validates, authorises, forwards over NATS. */
@Module({
  controllers: [EvaluationController, ComplaintsController, PraisesController, FollowUpsController, SurveysController, SatisfactionController, SupervisorsController],
})
export class FeedbackHttpModule {}
