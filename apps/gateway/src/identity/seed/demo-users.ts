import { Role } from '@hospital/contracts';

/**
 * One demo account per human role. The README and tools/dev/demo-users.mjs list the same
 * accounts; change all three together.
 */
export interface DemoUser {
  username: string;
  role: Role;
  displayName: string;
}

export const DEMO_USERS: readonly DemoUser[] = Object.freeze([
  { username: 'admin', role: Role.Admin, displayName: 'Demo Administrator' },
  { username: 'manager', role: Role.Manager, displayName: 'Demo Manager' },
  { username: 'dispatcher', role: Role.Dispatcher, displayName: 'Demo Dispatcher' },
  { username: 'worker', role: Role.Worker, displayName: 'Demo Worker' },
  { username: 'clerk', role: Role.DeskClerk, displayName: 'Demo Desk Clerk' },
  { username: 'supervisor', role: Role.Supervisor, displayName: 'Demo Supervisor' },
  { username: 'inspector', role: Role.Inspector, displayName: 'Demo Inspector' },
]);

/** Predictable on purpose: these accounts exist only where SEED_DEMO is on, never in production. */
export function demoPassword(username: string): string {
  return `${username}-demo-2026`;
}
