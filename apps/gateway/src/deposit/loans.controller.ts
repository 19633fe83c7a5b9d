import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import {
  Actor,
  ListLoansQueryDto,
  LoanDto,
  LoanIdDto,
  LoanPageDto,
  LoanPatterns,
  OpenLoanDto,
  ProblemDto,
  ReturnLoanBodyDto,
  Role,
  } from '@hospital/contracts';
import { RpcClient } from '@hospital/platform';
import { Audited, borrowerInFull, personalPageRead, personalRead } from '../audit';
import { Idempotent } from '../http/idempotency';
import { ApiAuth, CurrentActor } from '../identity';

/** The desk lends and takes back; managers and admins read (and see borrowers in full, with supervisors). */
const LENDS = [Role.DeskClerk, Role.Supervisor] as const;
const READS_LOANS = [Role.DeskClerk, Role.Supervisor, Role.Manager, Role.Admin] as const;

@ApiTags('equipment')
@Controller('equipment/loans')
export class LoansController {
  constructor(private readonly rpc: RpcClient) {}

  @Post()
  @ApiAuth(...LENDS)
  @ApiOperation({
    summary:
      'Lend an AVAILABLE unit against a deposit (default per type; zero for umbrellas), recorded in the ledger. ' +
      'The borrower’s ID number is kept only as a keyed hash plus its last four characters.',
    description:
      'Desk clerks and supervisors. The unit is locked for the loan, so of two clerks lending it at once one gets 201 ' +
      'and the other 409 UNIT_UNAVAILABLE. The deposit defaults to the type’s LOAN_DEPOSIT_FEN_<TYPE> (¥200 a ' +
      'wheelchair, ¥0 an umbrella); a clerk may enter another amount, the default is kept beside it. The money goes ' +
      'into the day’s ledger (DEPOSIT_TAKEN).',
  })
  @ApiCreatedResponse({ type: LoanDto })
  @ApiConflictResponse({ type: ProblemDto, description: 'The unit is lent, in maintenance or lost (UNIT_UNAVAILABLE)' })
  @ApiUnprocessableEntityResponse({ type: ProblemDto, description: 'dueBackAt is not in the future (BUSINESS_RULE)' })
  @Idempotent()
  open(@Body() dto: OpenLoanDto, @CurrentActor() actor: Actor): Promise<LoanDto> {
    return this.rpc.send(LoanPatterns.open, actor, dto);
  }

  @Get()
  @ApiAuth(...READS_LOANS)
  @ApiOperation({
    summary: 'List loans, newest first, by desk, status (OPEN, RETURNED, OVERDUE) and when they were opened',
    description:
      'Desk clerks, supervisors, managers and admins. Filter by desk, status (OPEN, RETURNED, OVERDUE: still out past ' +
      'dueBackAt or returned late) and when they were opened; keyset-paged. Borrowers’ names and phones are masked ' +
      'for clerks; reads in full are in the audit log.',
  })
  @ApiOkResponse({ type: LoanPageDto })
  @Audited('loan.list', personalPageRead('loan', borrowerInFull))
  list(@Query() query: ListLoansQueryDto, @CurrentActor() actor: Actor): Promise<LoanPageDto> {
    return this.rpc.send(LoanPatterns.list, actor, query);
  }

  @Get(':id')
  @ApiAuth(...READS_LOANS)
  @ApiOperation({
    summary: 'Get one loan',
    description:
      'Desk clerks, supervisors, managers and admins; the borrower masked as in the list. An unknown id is 404 ' +
      'LOAN_NOT_FOUND.',
  })
  @ApiOkResponse({ type: LoanDto })
  @Audited('loan.read', personalRead('loan', borrowerInFull))
  get(@Param() params: LoanIdDto, @CurrentActor() actor: Actor): Promise<LoanDto> {
    return this.rpc.send(LoanPatterns.get, actor, params);
  }

  @Post(':id/return')
  @HttpCode(200)
  @ApiAuth(...LENDS)
  @ApiOperation({
    summary: 'Take a unit back: refund = deposit − damage deduction (with a reason), all in the ledger; a late return is flagged overdue',
    description:
      'Desk clerks and supervisors. The refund is deposit − damage deduction: never negative, never above the ' +
      'deposit, and a deduction needs a reason (422 naming the field). Both movements go into the ledger (REFUND, ' +
      'DEDUCTION); the unit goes back to AVAILABLE, or to MAINTENANCE or LOST as the clerk records. A return after ' +
      'dueBackAt is flagged overdue.',
  })
  @ApiOkResponse({ type: LoanDto })
  @ApiConflictResponse({ type: ProblemDto, description: 'Already returned (INVALID_TRANSITION)' })
  @ApiUnprocessableEntityResponse({ type: ProblemDto, description: 'Deduction above the deposit, or without a reason (BUSINESS_RULE, naming the field)' })
  returnLoan(@Param() { id }: LoanIdDto, @Body() body: ReturnLoanBodyDto, @CurrentActor() actor: Actor): Promise<LoanDto> {
    return this.rpc.send(LoanPatterns.return, actor, { id, ...body });
  }
}
