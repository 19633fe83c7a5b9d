import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { StaffDirectoryEntry } from '../staff-directory/staff-directory.entity';
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
import { EvaluationRuleEntity } from './rules/evaluation-rule.entity';
import { ReplaceRulesService } from './rules/replace-rules.service';
import { RulesHandlers } from './rules/rules.handlers';
import { RulesQueryService } from './rules/rules-query.service';
import { ScoresHandlers } from './scores/scores.handlers';
import { ScoresService } from './scores/scores.service';

/** Staff evaluation (考核, docs/domain.md §6): rules, the points ledger fed by events, inspections, peer reviews, scores, quarterly awards. */
@Module({
  imports: [TypeOrmModule.forFeature([EvaluationRuleEntity, StaffDirectoryEntry])],
  controllers: [RulesHandlers, LedgerHandlers, InspectionsHandlers, PeerReviewsHandlers, ScoresHandlers, AwardsHandlers],
  providers: [
    RulesQueryService,
    ReplaceRulesService,
    PointsLedger,
    PointsConsumers,
    LedgerService,
    InspectionsService,
    PeerReviewsService,
    ScoresService,
    AwardsService,
    ScoresCsvService,
  ],
})
export class EvaluationModule {}
