import { Module } from '@nestjs/common';
import { DemoSupervisorsSeed } from './demo-supervisors.seed';
import { StandardSurveysSeed } from './standard-surveys.seed';

/**
 * The demo data (SEED_DEMO=true only). The parts are independent of each other: the standard
 * surveys (the transport invitations and the supervisors' ratings need them) and the social supervisors.
 */
@Module({ providers: [StandardSurveysSeed, DemoSupervisorsSeed] })
export class SeedModule {}
