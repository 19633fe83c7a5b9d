import { Module } from '@nestjs/common';
import { DutyHandlers } from './duty.handlers';
import { DutyService } from './duty.service';

/** Shifts and duty: clock-in/out and the roster (status, load, capacity) the board and auto-assignment read. */
@Module({ controllers: [DutyHandlers], providers: [DutyService], exports: [DutyService] })
export class DutyModule {}
