import { DepositEntity } from '../deposits/deposit.entity';
import { CreateDeposits1764000000100 } from './migrations/1764000000100-CreateDeposits';
import { HandoverEntity } from '../handovers/handover.entity';
import { CreateHandovers1764000000200 } from './migrations/1764000000200-CreateHandovers';
import { EquipmentUnitEntity } from '../equipment/equipment-unit.entity';
import { LoanEntity } from '../equipment/loan.entity';
import { LedgerEntryEntity } from '../ledger/ledger-entry.entity';
import { CreateEquipmentAndLedger1764000000300 } from './migrations/1764000000300-CreateEquipmentAndLedger';

export const DEPOSIT_ENTITIES: (new () => unknown)[] = [DepositEntity, HandoverEntity, EquipmentUnitEntity, LoanEntity, LedgerEntryEntity];
export const DEPOSIT_MIGRATIONS: (new () => unknown)[] = [CreateDeposits1764000000100, CreateHandovers1764000000200, CreateEquipmentAndLedger1764000000300];
