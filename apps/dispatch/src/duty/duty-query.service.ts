import { Inject, Injectable } from '@nestjs/common';
import { Group, WorkerDutyDto } from '@hospital/contracts';
import { ENV, ServiceEnv } from '@hospital/platform';
import { DataSource } from 'typeorm';
import { toWorkerDutyDto } from './worker-duty.mapper';
import { queryWorkerDuty } from './worker-duty.query';

/** The roster: who is on duty, on which shift, and what they carry (the board and the roster route read it). */
@Injectable()
export class DutyQueryService {
  constructor(
    private readonly db: DataSource,
    @Inject(ENV) private readonly env: ServiceEnv,
  ) {}

  /** Every active staff member (of a group, or the given ids) with status, load, capacity and idle time, in one query. */
  async roster(filter: { group?: Group; staffIds?: string[] }, now = new Date()): Promise<WorkerDutyDto[]> {
    const rows = await queryWorkerDuty(this.db.manager, { group: filter.group, staffIds: filter.staffIds });
    return rows.map((row) => toWorkerDutyDto(row, now, this.env.TZ_HOSPITAL));
  }
}
