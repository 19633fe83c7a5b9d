import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  Actor,
  CheckInDepositDto,
  ClaimDepositRequestDto,
  DepositDto,
  DepositIdDto,
  DepositLookupDto,
  DepositPatterns,
  DepositTicketDto,
  ListDepositsQueryDto,
  LookupDepositQueryDto,
  Page,
} from '@hospital/contracts';
import { Idempotency, IdempotentRequest } from '@hospital/platform';
import { DepositCheckInService } from './deposit-check-in.service';
import { DepositClaimsService } from './deposit-claims.service';
import { DepositsQueryService } from './deposits-query.service';

@Controller()
export class DepositsHandlers {
  constructor(
    private readonly checkIns: DepositCheckInService,
    private readonly claims: DepositClaimsService,
    private readonly queries: DepositsQueryService,
  ) {}

  @MessagePattern(DepositPatterns.checkIn)
  checkIn(@Payload('data') dto: CheckInDepositDto, @Payload('actor') actor: Actor, @Idempotency() idempotency: IdempotentRequest | null): Promise<DepositTicketDto> {
    return this.checkIns.checkIn(dto, actor, idempotency);
  }

  @MessagePattern(DepositPatterns.list)
  list(@Payload('data') query: ListDepositsQueryDto, @Payload('actor') actor: Actor): Promise<Page<DepositDto>> {
    return this.queries.list(query, actor);
  }

  @MessagePattern(DepositPatterns.get)
  get(@Payload('data') { id }: DepositIdDto, @Payload('actor') actor: Actor): Promise<DepositDto> {
    return this.queries.get(id, actor);
  }

  @MessagePattern(DepositPatterns.lookup)
  lookup(@Payload('data') { code }: LookupDepositQueryDto): Promise<DepositLookupDto> {
    return this.queries.lookup(code);
  }

  @MessagePattern(DepositPatterns.claim)
  claim(@Payload('data') req: ClaimDepositRequestDto, @Payload('actor') actor: Actor): Promise<DepositDto> {
    return this.claims.claim(req, actor);
  }

  @MessagePattern(DepositPatterns.reportLost)
  reportLost(@Payload('data') req: DepositIdDto, @Payload('actor') actor: Actor): Promise<DepositDto> {
    return this.claims.reportLost(req, actor);
  }

  @MessagePattern(DepositPatterns.unlock)
  unlock(@Payload('data') req: DepositIdDto, @Payload('actor') actor: Actor): Promise<DepositDto> {
    return this.claims.unlock(req, actor);
  }
}
