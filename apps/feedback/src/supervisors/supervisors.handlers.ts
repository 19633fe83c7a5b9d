import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  Actor,
  CreateSupervisorDto,
  ListSupervisorsQueryDto,
  Page,
  SetSupervisorActiveRequestDto,
  SupervisorDto,
  SupervisorPatterns,
} from '@hospital/contracts';
import { Idempotency, IdempotentRequest } from '@hospital/platform';
import { SupervisorRegistryService } from './supervisor-registry.service';
import { SupervisorsQueryService } from './supervisors-query.service';

@Controller()
export class SupervisorsHandlers {
  constructor(
    private readonly registry: SupervisorRegistryService,
    private readonly queries: SupervisorsQueryService,
  ) {}

  @MessagePattern(SupervisorPatterns.create)
  create(@Payload('data') dto: CreateSupervisorDto, @Payload('actor') actor: Actor, @Idempotency() idempotency: IdempotentRequest | null): Promise<SupervisorDto> {
    return this.registry.create(dto, actor, idempotency);
  }

  @MessagePattern(SupervisorPatterns.list)
  list(@Payload('data') query: ListSupervisorsQueryDto): Promise<Page<SupervisorDto>> {
    return this.queries.list(query);
  }

  @MessagePattern(SupervisorPatterns.setActive)
  setActive(@Payload('data') req: SetSupervisorActiveRequestDto): Promise<SupervisorDto> {
    return this.registry.setActive(req);
  }
}
