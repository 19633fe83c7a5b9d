import { loadEnv } from '@hospital/platform';
import { z } from 'zod';

const fen = z.coerce.number().int().min(0).max(100_000_000);

/** Award amounts in fen, from the environment (domain.md: ¥100 a star, ¥500 a team, ¥100 supervision). */
export const awardAmountsSchema = z.object({
  AWARD_STAR_STAFF_FEN: fen.default(10_000),
  AWARD_TEAM_FEN: fen.default(50_000),
  AWARD_SUPERVISION_FEN: fen.default(10_000),
});

export type AwardAmounts = z.infer<typeof awardAmountsSchema>;

export const AWARD_AMOUNTS = Symbol('AWARD_AMOUNTS');

/** Read once at boot: a bad amount stops the service with the variable named. */
export const awardAmountsProvider = { provide: AWARD_AMOUNTS, useFactory: (): AwardAmounts => loadEnv(awardAmountsSchema) };
