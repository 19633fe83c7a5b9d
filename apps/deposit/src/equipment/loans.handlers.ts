import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { Actor, ListLoansQueryDto, LoanDto, LoanIdDto, LoanPageDto, LoanPatterns, OpenLoanDto, ReturnLoanRequestDto } from '@hospital/contracts';
import { Idempotency, IdempotentRequest } from '@hospital/platform';
import { LoansQueryService } from './loans-query.service';
import { LoansService } from './loans.service';

@Controller()
export class LoansHandlers {
  constructor(
    private readonly loans: LoansService,
    private readonly queries: LoansQueryService,
  ) {}

  @MessagePattern(LoanPatterns.open)
  open(@Payload('data') dto: OpenLoanDto, @Payload('actor') actor: Actor, @Idempotency() idempotency: IdempotentRequest | null): Promise<LoanDto> {
    return this.loans.open(dto, actor, idempotency);
  }

  @MessagePattern(LoanPatterns.return)
  returnLoan(@Payload('data') req: ReturnLoanRequestDto, @Payload('actor') actor: Actor): Promise<LoanDto> {
    return this.loans.returnLoan(req, actor);
  }

  @MessagePattern(LoanPatterns.list)
  list(@Payload('data') query: ListLoansQueryDto, @Payload('actor') actor: Actor): Promise<LoanPageDto> {
    return this.queries.list(query, actor);
  }

  @MessagePattern(LoanPatterns.get)
  get(@Payload('data') { id }: LoanIdDto, @Payload('actor') actor: Actor): Promise<LoanDto> {
    return this.queries.get(id, actor);
  }
}
