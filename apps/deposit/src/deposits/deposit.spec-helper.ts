import { CheckInDepositDto, Desk, ItemCategory, Role } from '@hospital/contracts';
import { actors } from '@hospital/testing';

export const clerk = actors.user(Role.DeskClerk, { id: 'user-clerk' });
export const otherClerk = actors.user(Role.DeskClerk, { id: 'user-clerk-2' });
export const supervisor = actors.user(Role.Supervisor);
export const manager = actors.user(Role.Manager);

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
