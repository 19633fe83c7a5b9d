import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  Actor,
  AddEquipmentUnitDto,
  EquipmentPageDto,
  EquipmentPatterns,
  EquipmentUnitDto,
  ListEquipmentQueryDto,
  SetEquipmentStatusRequestDto,
} from '@hospital/contracts';
import { Idempotency, IdempotentRequest } from '@hospital/platform';
import { EquipmentQueryService } from './equipment-query.service';
import { EquipmentService } from './equipment.service';

@Controller()
export class EquipmentHandlers {
  constructor(
    private readonly equipment: EquipmentService,
    private readonly queries: EquipmentQueryService,
  ) {}

  @MessagePattern(EquipmentPatterns.list)
  list(@Payload('data') query: ListEquipmentQueryDto): Promise<EquipmentPageDto> {
    return this.queries.list(query);
  }

  @MessagePattern(EquipmentPatterns.add)
  add(@Payload('data') dto: AddEquipmentUnitDto, @Payload('actor') actor: Actor, @Idempotency() idempotency: IdempotentRequest | null): Promise<EquipmentUnitDto> {
    return this.equipment.add(dto, actor, idempotency);
  }

  @MessagePattern(EquipmentPatterns.setStatus)
  setStatus(@Payload('data') req: SetEquipmentStatusRequestDto): Promise<EquipmentUnitDto> {
    return this.equipment.setStatus(req);
  }
}
