import { Module } from '@nestjs/common';
import { ENV, ServiceEnv } from '@hospital/platform';
import { COMPLAINT_DEADLINES, complaintDeadlinesFrom } from './complaint-deadlines';
import { COMPLAINT_SWEEP_MS, ComplaintOverdueSweep, complaintSweepMsFrom } from './complaint-overdue-sweep';
import { ComplaintsHandlers } from './complaints.handlers';
import { ComplaintsService } from './complaints.service';

@Module({
  controllers: [ComplaintsHandlers],
  providers: [
    ComplaintsService,
    ComplaintOverdueSweep,
    { provide: COMPLAINT_SWEEP_MS, useFactory: () => complaintSweepMsFrom(process.env) },
    { provide: COMPLAINT_DEADLINES, inject: [ENV], useFactory: (env: ServiceEnv) => complaintDeadlinesFrom(process.env, env.TZ_HOSPITAL) },
  ],
  exports: [ComplaintsService],
})
export class ComplaintsModule {}
