import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  Actor,
  AddEquipmentUnitDto,
  EquipmentIdDto,
  EquipmentPageDto,
  EquipmentPatterns,
  EquipmentUnitDto,
  ListEquipmentQueryDto,
  ProblemDto,
  Role,
  SetEquipmentStatusBodyDto,
} from '@hospital/contracts';
import { RpcClient } from '@hospital/platform';
import { Audited } from '../audit';
import { Idempotent } from '../http/idempotency';
import { ApiAuth, CurrentActor } from '../identity';

const SEES_INVENTORY = [Role.DeskClerk, Role.Supervisor, Role.Manager, Role.Admin] as const;
const MANAGES_INVENTORY = [Role.Supervisor, Role.Admin] as const;

/** The lending stock of each desk: wheelchairs, airline chairs, umbrellas, flat carts. */
@ApiTags('equipment')
@Controller('equipment')
export class EquipmentController {
  constructor(private readonly rpc: RpcClient) {}

  @Get()
  @ApiAuth(...SEES_INVENTORY)
  @ApiOperation({
    summary: 'List equipment units (newest first) filtered by desk, type and status, with counts per type and status',
    description:
      'Desk clerks, supervisors, managers and admins. Every unit with its code, type, desk and status (AVAILABLE, ' +
      'LENT, MAINTENANCE, LOST), keyset-paged, and counts per type and status for the filter.',
  })
  @ApiOkResponse({ type: EquipmentPageDto })
  list(@Query() query: ListEquipmentQueryDto, @CurrentActor() actor: Actor): Promise<EquipmentPageDto> {
    return this.rpc.send(EquipmentPatterns.list, actor, query);
  }

  @Post()
  @ApiAuth(...MANAGES_INVENTORY)
  @ApiOperation({
    summary: 'Add a unit to a desk’s stock; it starts AVAILABLE. A code already in use: 409 EQUIPMENT_CODE_TAKEN.',
    description:
      'Supervisors and admins. A unit (wheelchair, airline chair, umbrella, flat cart) joins a desk’s lending stock ' +
      'with a code unique across the center (409 EQUIPMENT_CODE_TAKEN). Recorded in the audit log.',
  })
  @ApiCreatedResponse({ type: EquipmentUnitDto })
  @Idempotent()
  @Audited('equipment.add', { target: { type: 'equipment_unit', idFrom: (unit: EquipmentUnitDto) => unit.id }, details: (unit: EquipmentUnitDto) => ({ code: unit.code, type: unit.type, desk: unit.desk }) })
  add(@Body() dto: AddEquipmentUnitDto, @CurrentActor() actor: Actor): Promise<EquipmentUnitDto> {
    return this.rpc.send(EquipmentPatterns.add, actor, dto);
  }

  @Patch(':id')
  @ApiAuth(...MANAGES_INVENTORY)
  @ApiOperation({
    summary: 'Put a unit into maintenance, back in service, or record it lost (with a note). A lent unit changes only by its return.',
    description:
      'Supervisors and admins. AVAILABLE, MAINTENANCE or LOST, with a note; a LENT unit changes only by its return ' +
      '(409 INVALID_TRANSITION). A unit in maintenance or lost cannot be lent (409 UNIT_UNAVAILABLE on POST ' +
      '/equipment/loans).',
  })
  @ApiOkResponse({ type: EquipmentUnitDto })
  @ApiConflictResponse({ type: ProblemDto, description: 'The unit is lent (INVALID_TRANSITION)' })
  @Audited('equipment.set_status', { target: { type: 'equipment_unit', idParam: 'id' }, details: (unit: EquipmentUnitDto) => ({ status: unit.status }) })
  setStatus(@Param() { id }: EquipmentIdDto, @Body() body: SetEquipmentStatusBodyDto, @CurrentActor() actor: Actor): Promise<EquipmentUnitDto> {
    return this.rpc.send(EquipmentPatterns.setStatus, actor, { id, ...body });
  }
}
