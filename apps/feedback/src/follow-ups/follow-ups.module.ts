import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ComplaintsModule } from '../complaints/complaints.module';
import { FollowUpCallsService } from './follow-up-calls.service';
import { FollowUpEntity } from './follow-up.entity';
import { FollowUpsHandlers } from './follow-ups.handlers';
import { FollowUpsQueryService } from './follow-ups-query.service';

@Module({
  imports: [TypeOrmModule.forFeature([FollowUpEntity]), ComplaintsModule],
  controllers: [FollowUpsHandlers],
  providers: [FollowUpCallsService, FollowUpsQueryService],
})
export class FollowUpsModule {}
