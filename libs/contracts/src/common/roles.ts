/** Who may call what. `integration` is the role of hospital systems calling with an API key. */
export enum Role {
  Admin = 'admin',
  Manager = 'manager',
  Dispatcher = 'dispatcher',
  Worker = 'worker',
  DeskClerk = 'desk_clerk',
  Supervisor = 'supervisor',
  Inspector = 'inspector',
  Integration = 'integration',
}

export const HUMAN_ROLES = Object.values(Role).filter((r) => r !== Role.Integration);

/** The authenticated caller, as the gateway passes it to services with every request. */
export interface Actor {
  /** User id, or for an API key its system's id (the same across the key's rotations). */
  id: string;
  kind: 'user' | 'api_key' | 'anonymous';
  roles: Role[];
  /** The staff member this account belongs to, when it is a worker's or clerk's account. */
  staffId?: string | null;
}

export function hasAnyRole(actor: Pick<Actor, 'roles'>, roles: readonly Role[]): boolean {
  return actor.roles.some((r) => roles.includes(r));
}
