import { Desk, EquipmentType } from '@hospital/contracts';
import { serviceEnvSchema } from '@hospital/platform';
import { z } from 'zod';

/** Queue group, Postgres schema and log label of this service. */
export const SERVICE_NAME = 'deposit';

const fen = z.coerce.number().int().min(0).max(10_000_000);

/** Every variable the deposit service reads: the platform's, and its own below. */
export const depositEnvSchema = serviceEnvSchema.extend({
  /**
   * Key of the keyed hash (HMAC-SHA256) under which ID numbers and pickup codes are stored; at
   * least 32 characters. Changing it makes every stored hash unmatchable: rotate only with a re-hash.
   */
  ID_HASH_KEY: z.string().min(32, 'must be at least 32 characters'),
  /** Days before an unclaimed deposit becomes unclaimed property (docs/domain.md §4.7: 3). */
  DEPOSIT_UNCLAIMED_DAYS: z.coerce.number().int().min(1).max(365).default(3),
  /** How often the unclaimed sweep runs. */
  DEPOSIT_SWEEP_SECONDS: z.coerce.number().int().min(5).max(86_400).default(300),
  /** Wrong pickup codes before a deposit locks for a supervisor. */
  DEPOSIT_MAX_WRONG_CODES: z.coerce.number().int().min(1).max(20).default(5),
  /** Tag pairs per desk (docs/domain.md §4.6: 100 sets). */
  DEPOSIT_TAGS_INPATIENT_LOBBY: z.coerce.number().int().min(1).max(10_000).default(100),
  DEPOSIT_TAGS_SURGERY_LOBBY: z.coerce.number().int().min(1).max(10_000).default(100),
  DEPOSIT_TAGS_EMERGENCY: z.coerce.number().int().min(1).max(10_000).default(100),
  /** Cash deposit per equipment type, in fen (wheelchairs and flat carts need one; umbrellas none). */
  LOAN_DEPOSIT_FEN_WHEELCHAIR: fen.default(20_000),
  LOAN_DEPOSIT_FEN_AIRLINE_CHAIR: fen.default(20_000),
  LOAN_DEPOSIT_FEN_UMBRELLA: fen.default(0),
  LOAN_DEPOSIT_FEN_FLAT_CART: fen.default(50_000),
});

export type DepositEnv = z.infer<typeof depositEnvSchema>;

/** What the deposit modules read: the validated settings in the shape they use them. */
export interface DepositConfig {
  idHashKey: string;
  unclaimedDays: number;
  sweepEveryMs: number;
  maxWrongCodes: number;
  tagsPerDesk: Record<Desk, number>;
  loanDepositFen: Record<EquipmentType, number>;
}

export const DEPOSIT_CONFIG = Symbol('DEPOSIT_CONFIG');

/** The settings in the shape the modules use them. */
export function depositConfig(env: DepositEnv): DepositConfig {
  return {
    idHashKey: env.ID_HASH_KEY,
    unclaimedDays: env.DEPOSIT_UNCLAIMED_DAYS,
    sweepEveryMs: env.DEPOSIT_SWEEP_SECONDS * 1000,
    maxWrongCodes: env.DEPOSIT_MAX_WRONG_CODES,
    tagsPerDesk: {
      [Desk.InpatientLobby]: env.DEPOSIT_TAGS_INPATIENT_LOBBY,
      [Desk.SurgeryLobby]: env.DEPOSIT_TAGS_SURGERY_LOBBY,
      [Desk.Emergency]: env.DEPOSIT_TAGS_EMERGENCY,
    },
    loanDepositFen: {
      [EquipmentType.Wheelchair]: env.LOAN_DEPOSIT_FEN_WHEELCHAIR,
      [EquipmentType.AirlineChair]: env.LOAN_DEPOSIT_FEN_AIRLINE_CHAIR,
      [EquipmentType.Umbrella]: env.LOAN_DEPOSIT_FEN_UMBRELLA,
      [EquipmentType.FlatCart]: env.LOAN_DEPOSIT_FEN_FLAT_CART,
    },
  };
}
