import { z } from 'zod';

/** Prices of the paid services (service catalogue: patient transport is 有偿), in fen. */
export interface TaskFees {
  patientTransportFen: number;
}

export const TASK_FEES = Symbol('TASK_FEES');

/** PATIENT_TRANSPORT_FEE_FEN (default 1000 = ¥10): set it to the hospital's price list. */
export function taskFeesFrom(env: NodeJS.ProcessEnv): TaskFees {
  const raw = env.PATIENT_TRANSPORT_FEE_FEN;
  return { patientTransportFen: raw === undefined || raw === '' ? 1000 : z.coerce.number().int().min(0).max(1_000_000).parse(raw) };
}
