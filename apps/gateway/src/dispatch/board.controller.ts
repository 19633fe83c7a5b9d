import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor, BoardDto, BoardPatterns, BoardQueryDto, Role } from '@hospital/contracts';
import { RpcClient } from '@hospital/platform';
import { ApiAuth, CurrentActor } from '../identity';

/** Those who run the floor; the board and its stream share this list. */
export const BOARD_READERS = [Role.Admin, Role.Manager, Role.Dispatcher] as const;

@ApiTags('dispatch')
@Controller('dispatch/board')
export class BoardController {
  constructor(private readonly rpc: RpcClient) {}

  @Get()
  @ApiAuth(...BOARD_READERS)
  @ApiOperation({
    summary:
      'The live queue: pending jobs by priority (STAT, URGENT, ROUTINE) then due time, jobs in hand by due time with the assignee, ' +
      'overdue flagged, counts, and the workers with duty status and load; for one group or the whole center. Each list holds at most 200 jobs.',
    description:
      'The floor. Without `group` a dispatcher gets their own group, everyone else the whole center. `counts` holds ' +
      'the true totals when a list is cut at 200; `overdue` means past the deadline or flagged by the sweep. No ' +
      'patient or requester details. Load it after connecting to GET /dispatch/board/stream, then apply the events.',
  })
  @ApiOkResponse({ type: BoardDto })
  get(@Query() query: BoardQueryDto, @CurrentActor() actor: Actor): Promise<BoardDto> {
    return this.rpc.send(BoardPatterns.get, actor, query);
  }
}
