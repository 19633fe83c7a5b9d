import { Module } from '@nestjs/common';
import { DutyBreaksService } from './duty-breaks.service';
import { DutyClockService } from './duty-clock.service';
import { DutyQueryService } from './duty-query.service';
import { DutyHandlers } from './duty.handlers';

/** Shifts and duty: clock-in/out, breaks, the roster (status, load, capacity) the board and auto-assignment read, a worker's own queue. */
@Module({ controllers: [DutyHandlers], providers: [DutyClockService, DutyBreaksService, DutyQueryService], exports: [DutyQueryService] })
export class DutyModule {}
