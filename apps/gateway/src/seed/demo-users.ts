import { Role } from '@hospital/contracts';

/**
 * One demo account per human role. The README and tools/dev/demo-users.mjs list the same
 * accounts; change all three together. The dispatcher leads the internal medicine group (NK001)
 * and the worker is one of its specimen couriers (NK010), both from dispatch's demo roster.
 */
export interface DemoUser {
  username: string;
  role: Role;
  displayName: string;
  /** The demo staff member (dispatch's demo roster) the account belongs to, for those who do the work. */
  staffNo?: string;
}

export const DEMO_USERS: readonly DemoUser[] = Object.freeze([
  { username: 'admin', role: Role.Admin, displayName: 'Demo Administrator' },
  { username: 'manager', role: Role.Manager, displayName: 'Demo Manager' },
  { username: 'dispatcher', role: Role.Dispatcher, displayName: 'Demo Dispatcher', staffNo: 'NK001' },
  { username: 'worker', role: Role.Worker, displayName: 'Demo Worker', staffNo: 'NK010' },
  { username: 'clerk', role: Role.DeskClerk, displayName: 'Demo Desk Clerk', staffNo: 'NK027' },
  { username: 'supervisor', role: Role.Supervisor, displayName: 'Demo Supervisor' },
  { username: 'inspector', role: Role.Inspector, displayName: 'Demo Inspector' },
]);

/** Predictable on purpose: these accounts exist only where SEED_DEMO is on, never in production. */
export function demoPassword(username: string): string {
  return `${username}-demo-2026`;
}
