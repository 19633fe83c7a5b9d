import { Controller, Get } from '@nestjs/common';
import { ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor, DutyPatterns, ProblemDto, Role, WorkerQueueDto } from '@hospital/contracts';
import { RpcClient } from '@hospital/platform';
import { Audited, workerQueueRead } from '../audit';
import { ApiAuth, CurrentActor } from '../identity';

/** What the logged-in worker's phone reads: their own jobs and duty, one call. */
@ApiTags('dispatch')
@Controller('dispatch/me')
export class MyQueueController {
  constructor(private readonly rpc: RpcClient) {}

  @Get('queue')
  @ApiAuth(Role.Worker)
  @ApiOperation({
    summary: 'My queue: my open jobs in the order to do them, what each needs, and whether I am on a break',
    description:
      'A worker, through the staff member their account is linked to (an account without one: 403 NOT_LINKED_TO_STAFF). ' +
      'Every job ASSIGNED, ACCEPTED or IN_PROGRESS to them: IN_PROGRESS first, then ACCEPTED, then ASSIGNED; within ' +
      'each STAT, URGENT, ROUTINE, then the earliest due, then the number. Each says its `nextStep` (ACCEPT, START, ' +
      'COMPLETE: the lifecycle route to call), where from and to, by when, the notes, `needs` (wheelchair, oxygen, ' +
      'isolation, urgent blood, …) and its details as the job itself has them, the patient’s name and MRN in full (they ' +
      'are the assignee; such reads are in the audit log). `duty` is their own roster line: ON_BREAK with ' +
      '`onBreakSince` while on a break.',
  })
  @ApiOkResponse({ type: WorkerQueueDto })
  @ApiForbiddenResponse({ type: ProblemDto, description: 'The worker account is not linked to a staff member (NOT_LINKED_TO_STAFF)' })
  @ApiNotFoundResponse({ type: ProblemDto, description: 'The linked staff member is not in the directory or no longer active (STAFF_NOT_FOUND)' })
  @Audited('task.queue_read', workerQueueRead)
  queue(@CurrentActor() actor: Actor): Promise<WorkerQueueDto> {
    return this.rpc.send(DutyPatterns.queue, actor, {});
  }
}
