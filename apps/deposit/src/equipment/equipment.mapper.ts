import { EQUIPMENT_TYPE_LABELS, EquipmentUnitDto } from '@hospital/contracts';
import { EquipmentUnitEntity } from './equipment-unit.entity';

export function toEquipmentUnitDto(unit: EquipmentUnitEntity): EquipmentUnitDto {
  return {
    id: unit.id,
    code: unit.code,
    type: unit.type,
    typeLabel: EQUIPMENT_TYPE_LABELS[unit.type],
    desk: unit.desk,
    status: unit.status,
    note: unit.note,
    createdAt: unit.createdAt.toISOString(),
    updatedAt: unit.updatedAt.toISOString(),
  };
}
