import { Desk, EquipmentType } from '@hospital/contracts';

/** Lending stock at each desk (docs/domain.md §4.13); the plans give no count of flat carts, two per desk is our choice. */
export const STOCK_PER_DESK: Readonly<Record<EquipmentType, number>> = {
  [EquipmentType.Wheelchair]: 5,
  [EquipmentType.AirlineChair]: 5,
  [EquipmentType.Umbrella]: 10,
  [EquipmentType.FlatCart]: 2,
};

const DESK_CODE: Record<Desk, string> = {
  [Desk.InpatientLobby]: 'IP',
  [Desk.SurgeryLobby]: 'SL',
  [Desk.Emergency]: 'ER',
};

const TYPE_CODE: Record<EquipmentType, string> = {
  [EquipmentType.Wheelchair]: 'WC',
  [EquipmentType.AirlineChair]: 'AC',
  [EquipmentType.Umbrella]: 'UB',
  [EquipmentType.FlatCart]: 'FC',
};

export interface DemoUnit {
  code: string;
  type: EquipmentType;
  desk: Desk;
}

/** Every desk's stock with codes like IP-WC-01 (desk, type, number): the code is what makes re-seeding a no-op. */
export function demoEquipment(): DemoUnit[] {
  return Object.values(Desk).flatMap((desk) =>
    Object.values(EquipmentType).flatMap((type) =>
      Array.from({ length: STOCK_PER_DESK[type] }, (_, i) => ({
        code: `${DESK_CODE[desk]}-${TYPE_CODE[type]}-${String(i + 1).padStart(2, '0')}`,
        type,
        desk,
      })),
    ),
  );
}
