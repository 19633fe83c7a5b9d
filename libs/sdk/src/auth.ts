/** How the client authenticates: exactly one of a bearer token, an API key or a token source. */
export type HospitalAuth =
  | { token: string; apiKey?: never; getToken?: never }
  | { apiKey: string; token?: never; getToken?: never }
  | { getToken: () => Promise<string>; token?: never; apiKey?: never };

/** Checks that `auth` names exactly one credential (TypeScript does; plain JavaScript callers might not). */
export function checkAuth(auth: HospitalAuth | undefined): void {
  if (auth === undefined) return;
  const given = (['token', 'apiKey', 'getToken'] as const).filter((k) => (auth as Record<string, unknown>)[k] !== undefined);
  if (given.length !== 1) throw new TypeError(`auth takes exactly one of token, apiKey or getToken; got ${given.length ? given.join(', ') : 'none'}`);
}

/**
 * Sets the one credential on `headers`, removing any other: the API refuses a request with both
 * (docs/api.md). `getToken` is asked on every request, so a refreshed token is used at once.
 */
export async function applyAuth(headers: Headers, auth: HospitalAuth | undefined): Promise<void> {
  headers.delete('authorization');
  headers.delete('x-api-key');
  if (auth === undefined) return;
  if (auth.apiKey !== undefined) headers.set('x-api-key', auth.apiKey);
  else if (auth.token !== undefined) headers.set('authorization', `Bearer ${auth.token}`);
  else headers.set('authorization', `Bearer ${await auth.getToken()}`);
}
