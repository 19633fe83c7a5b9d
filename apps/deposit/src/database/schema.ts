import { DepositEntity } from '../deposits/deposit.entity';
import { CreateDeposits1764000000100 } from './migrations/1764000000100-CreateDeposits';
import { HandoverEntity } from '../handovers/handover.entity';
import { CreateHandovers1764000000200 } from './migrations/1764000000200-CreateHandovers';
import { EquipmentUnitEntity } from '../equipment/equipment-unit.entity';
import { LoanEntity } from '../equipment/loan.entity';
import { LedgerEntryEntity } from '../ledger/ledger-entry.entity';
import { CreateEquipmentAndLedger1764000000300 } from './migrations/1764000000300-CreateEquipmentAndLedger';

/** Everything the deposit DataSource (schema `deposit`) maps. */
export const DEPOSIT_ENTITIES: (new () => unknown)[] = [DepositEntity, HandoverEntity, EquipmentUnitEntity, LoanEntity, LedgerEntryEntity];
/** In timestamp order; append new migrations, never edit one already applied. */
export const DEPOSIT_MIGRATIONS: (new () => unknown)[] = [CreateDeposits1764000000100, CreateHandovers1764000000200, CreateEquipmentAndLedger1764000000300];
