import { Module } from '@nestjs/common';
import { ComplaintOverdueSweep } from './complaint-overdue-sweep';
import { ComplaintsHandlers } from './complaints.handlers';
import { ComplaintsService } from './complaints.service';

@Module({
  controllers: [ComplaintsHandlers],
  providers: [
    ComplaintsService,
    ComplaintOverdueSweep,
  ],
  exports: [ComplaintsService],
})
export class ComplaintsModule {}
