import { Module } from '@nestjs/common';
import { ComplaintsModule } from '../complaints/complaints.module';
import { FollowUpsHandlers } from './follow-ups.handlers';
import { FollowUpsService } from './follow-ups.service';

@Module({ imports: [ComplaintsModule], controllers: [FollowUpsHandlers], providers: [FollowUpsService] })
export class FollowUpsModule {}
