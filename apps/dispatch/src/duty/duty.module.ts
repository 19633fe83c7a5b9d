import { Module } from '@nestjs/common';
import { DutyClockService } from './duty-clock.service';
import { DutyQueryService } from './duty-query.service';
import { DutyHandlers } from './duty.handlers';

/** Shifts and duty: clock-in/out and the roster (status, load, capacity) the board and auto-assignment read. */
@Module({ controllers: [DutyHandlers], providers: [DutyClockService, DutyQueryService], exports: [DutyQueryService] })
export class DutyModule {}
