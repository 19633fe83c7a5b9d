import { Module } from '@nestjs/common';
import { AwardsHandlers } from './awards/awards.handlers';
import { AwardsService } from './awards/awards.service';
import { ScoresCsvService } from './awards/scores-csv.service';
import { InspectionsHandlers } from './inspections/inspections.handlers';
import { InspectionsService } from './inspections/inspections.service';
import { LedgerHandlers } from './ledger/ledger.handlers';
import { LedgerService } from './ledger/ledger.service';
import { PointsConsumers } from './ledger/points-consumers';
import { PointsLedger } from './ledger/points-ledger';
import { PeerReviewsHandlers } from './peer-reviews/peer-reviews.handlers';
import { PeerReviewsService } from './peer-reviews/peer-reviews.service';
import { RulesHandlers } from './rules/rules.handlers';
import { RulesService } from './rules/rules.service';
import { ScoresHandlers } from './scores/scores.handlers';
import { ScoresService } from './scores/scores.service';

/** Staff evaluation (考核): rules, the points ledger fed by events, inspections, peer reviews, scores, quarterly awards. */
@Module({
  controllers: [RulesHandlers, LedgerHandlers, InspectionsHandlers, PeerReviewsHandlers, ScoresHandlers, AwardsHandlers],
  providers: [RulesService, PointsLedger, PointsConsumers, LedgerService, InspectionsService, PeerReviewsService, ScoresService, AwardsService, ScoresCsvService],
})
export class EvaluationModule {}
