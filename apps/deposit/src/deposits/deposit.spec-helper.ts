import { Actor, CheckInDepositDto, Desk, ItemCategory, Role } from '@hospital/contracts';

export const clerk: Actor = { id: 'user-clerk', kind: 'user', roles: [Role.DeskClerk] };
export const otherClerk: Actor = { id: 'user-clerk-2', kind: 'user', roles: [Role.DeskClerk] };
export const supervisor: Actor = { id: 'user-supervisor', kind: 'user', roles: [Role.Supervisor] };
export const manager: Actor = { id: 'user-manager', kind: 'user', roles: [Role.Manager] };

/** PRC resident ID numbers with valid check characters (not real people's). */
export const ID_WANG = '11010519491231002X';
export const ID_LI = '440304199001011233';

export function aCheckIn(overrides: Partial<CheckInDepositDto> = {}): CheckInDepositDto {
  return {
    desk: Desk.InpatientLobby,
    depositor: { name: '王小明', phone: '13812341234', idNumber: ID_WANG },
    description: '黑色双肩包一个，内有衣物',
    pieceCount: 1,
    sealed: true,
    categories: [ItemCategory.Clothing],
    ...overrides,
  };
}
