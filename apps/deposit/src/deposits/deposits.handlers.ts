import { Controller, Inject } from '@nestjs/common';
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
import { ENV, Idempotency, IdempotentRequest, ServiceEnv } from '@hospital/platform';
import { DepositCheckInService } from './deposit-check-in.service';
import { DepositClaimsService } from './deposit-claims.service';
import { toDepositDto, toLookupDto } from './deposit.mapper';
import { DepositsQueryService } from './deposits-query.service';

@Controller()
export class DepositsHandlers {
  constructor(
    private readonly checkIns: DepositCheckInService,
    private readonly claims: DepositClaimsService,
    private readonly queries: DepositsQueryService,
    @Inject(ENV) private readonly env: ServiceEnv,
  ) {}

  @MessagePattern(DepositPatterns.checkIn)
  checkIn(@Payload('data') dto: CheckInDepositDto, @Payload('actor') actor: Actor, @Idempotency() idempotency: IdempotentRequest | null): Promise<DepositTicketDto> {
    return this.checkIns.checkIn(dto, actor, idempotency);
  }

  @MessagePattern(DepositPatterns.list)
  async list(@Payload('data') query: ListDepositsQueryDto, @Payload('actor') actor: Actor): Promise<Page<DepositDto>> {
    const page = await this.queries.list(query);
    return { items: page.items.map((d) => toDepositDto(d, actor)), nextCursor: page.nextCursor };
  }

  @MessagePattern(DepositPatterns.get)
  async get(@Payload('data') { id }: DepositIdDto, @Payload('actor') actor: Actor): Promise<DepositDto> {
    return toDepositDto(await this.queries.get(id), actor);
  }

  @MessagePattern(DepositPatterns.lookup)
  async lookup(@Payload('data') { code }: LookupDepositQueryDto): Promise<DepositLookupDto> {
    return toLookupDto(await this.queries.lookup(code), this.env.TZ_HOSPITAL);
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
