// The demo accounts that exist when the apps run with SEED_DEMO=true (as `npm start` does).
// One per human role, so every screen and permission can be tried. Development only:
// the passwords are public, which is why production never sets SEED_DEMO.
export const DEMO_USERS = [
  { username: 'admin', password: 'admin-demo-2026', role: 'admin' },
  { username: 'manager', password: 'manager-demo-2026', role: 'manager' },
  { username: 'dispatcher', password: 'dispatcher-demo-2026', role: 'dispatcher' },
  { username: 'worker', password: 'worker-demo-2026', role: 'worker' },
  { username: 'clerk', password: 'clerk-demo-2026', role: 'desk_clerk' },
  { username: 'supervisor', password: 'supervisor-demo-2026', role: 'supervisor' },
  { username: 'inspector', password: 'inspector-demo-2026', role: 'inspector' },
];
