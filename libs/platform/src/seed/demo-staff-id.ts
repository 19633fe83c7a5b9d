import { v5 as uuidv5 } from 'uuid';

/** Fixed namespace, so every process derives the same id from a staff number. */
const DEMO_STAFF_NAMESPACE = '6f1c8d2e-4b7a-5e3f-9a10-2c4d6e8f0a1b';

/**
 * The id a demo staff member gets in dispatch, derived from their staff number. The gateway
 * links demo accounts (the demo worker, the demo dispatcher) to the same ids without asking
 * dispatch, which may not be up yet when the gateway seeds. Demo data only.
 */
export function demoStaffId(staffNo: string): string {
  return uuidv5(staffNo, DEMO_STAFF_NAMESPACE);
}
