import { Injectable } from '@nestjs/common';
import { Actor, BOARD_LIST_LIMIT, BoardDto, BoardQueryDto } from '@hospital/contracts';
import { DataSource } from 'typeorm';
import { DutyQueryService } from '../duty/duty-query.service';
import { scopeFor } from '../tasks/task-visibility';
import { queryBoardTasks } from './board-tasks.query';

/** The dispatchers' live queue: open jobs and the workers who can take them (GET /dispatch/board). */
@Injectable()
export class BoardService {
  constructor(
    private readonly db: DataSource,
    private readonly duty: DutyQueryService,
  ) {}

  /** Without `group`, a dispatcher gets their own group's board (as with the job list), others the whole center. */
  async get(query: BoardQueryDto, actor?: Actor, now = new Date()): Promise<BoardDto> {
    const group = query.group ?? (actor ? (await scopeFor(actor, this.db.manager)).defaultGroup : undefined) ?? null;
    // Two independent statements on two pool connections: the jobs and the roster.
    const [tasks, workers] = await Promise.all([
      queryBoardTasks(this.db.manager, { group: group ?? undefined, now, limit: BOARD_LIST_LIMIT }),
      this.duty.roster({ group: group ?? undefined }, now),
    ]);
    return { group, generatedAt: now.toISOString(), counts: tasks.counts, pending: tasks.pending, inHand: tasks.inHand, workers };
  }
}
