import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ComplaintEventEntity } from './complaint-event.entity';
import { ComplaintLifecycleService } from './complaint-lifecycle.service';
import { ComplaintOverdueSweep } from './complaint-overdue-sweep';
import { ComplaintEntity } from './complaint.entity';
import { ComplaintsHandlers } from './complaints.handlers';
import { ComplaintsQueryService } from './complaints-query.service';
import { CreateComplaintService } from './create-complaint.service';

/** Complaints: intake, the lifecycle under first-contact ownership, the reads, the deadline sweep. */
@Module({
  imports: [TypeOrmModule.forFeature([ComplaintEntity, ComplaintEventEntity])],
  controllers: [ComplaintsHandlers],
  providers: [CreateComplaintService, ComplaintLifecycleService, ComplaintsQueryService, ComplaintOverdueSweep],
  // Follow-ups raise complaints inside their own transaction.
  exports: [CreateComplaintService],
})
export class ComplaintsModule {}
