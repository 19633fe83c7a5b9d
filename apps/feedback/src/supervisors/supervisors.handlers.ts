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
import { SupervisorsService } from './supervisors.service';

@Controller()
export class SupervisorsHandlers {
  constructor(private readonly supervisors: SupervisorsService) {}

  @MessagePattern(SupervisorPatterns.create)
  create(@Payload('data') dto: CreateSupervisorDto, @Payload('actor') actor: Actor, @Idempotency() idempotency: IdempotentRequest | null): Promise<SupervisorDto> {
    return this.supervisors.create(dto, actor, idempotency);
  }

  @MessagePattern(SupervisorPatterns.list)
  list(@Payload('data') query: ListSupervisorsQueryDto): Promise<Page<SupervisorDto>> {
    return this.supervisors.list(query);
  }

  @MessagePattern(SupervisorPatterns.setActive)
  setActive(@Payload('data') req: SetSupervisorActiveRequestDto): Promise<SupervisorDto> {
    return this.supervisors.setActive(req);
  }
}
