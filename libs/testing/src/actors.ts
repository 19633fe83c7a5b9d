import { Actor, Role } from '@hospital/contracts';

/**
 * The callers specs act as, built one way. A user is `user-<role>` unless the spec names them
 * (two clerks, a dispatcher linked to a staff record); an API key is a hospital system's.
 */
export const actors = {
  user: (role: Role, extra: Partial<Omit<Actor, 'kind'>> = {}): Actor => ({ id: `user-${role}`, kind: 'user', roles: [role], ...extra }),
  apiKey: (id = 'api-key-his', extra: Partial<Omit<Actor, 'kind'>> = {}): Actor => ({ id, kind: 'api_key', roles: [Role.Integration], ...extra }),
  /** A patient or visitor without an account (public complaint, survey answer, deposit look-up). */
  anonymous: (): Actor => ({ id: 'anonymous', kind: 'anonymous', roles: [] }),
};
