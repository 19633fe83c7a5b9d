/**
 * A front end on @hey-api/openapi-ts (client-fetch, typescript and sdk plugins). Its errors are
 * not tied to a status in the types (`error` is the union of every declared error body), so a
 * handler names the status it expects through the operation's `…Errors` map: a status the
 * document does not declare for the operation does not compile.
 */
import { createClient, createConfig } from './hey-api/client';
import { authLogin, taskLifecycleComplete, tasksCreate, tasksGet, tasksList } from './hey-api/sdk.gen';
import type { AuthLoginErrors, TaskLifecycleCompleteErrors, TasksCreateErrors, TasksGetErrors, TasksListErrors } from './hey-api/types.gen';
import { anotherSpecimenJob, HandledStatus, handover, specimenJob, TOO_BIG_PAGE, TrialOutcome, TrialSetup, UNKNOWN_TASK_ID } from './outcome';

/** The error body of a declared status of the operation whose `…Errors` map is `Errors`. */
function declared<Errors, S extends keyof Errors & HandledStatus>(status: S, result: { error?: unknown; response?: Response }): Errors[S] {
  if (result.response?.status !== status) throw new Error(`expected ${status}, got ${result.response?.status}: ${JSON.stringify(result.error)}`);
  return result.error as Errors[S];
}

export async function run(setup: TrialSetup): Promise<TrialOutcome> {
  const anonymous = createClient(createConfig({ baseUrl: setup.origin }));
  /**
   * Every protected operation lists two alternatives (bearer OR X-API-Key). Given a plain token,
   * hey-api would send it as both; the callback answers only for the scheme this client holds.
   */
  const signedIn = async (account: TrialSetup['dispatcher']) => {
    const { data, error } = await authLogin({ client: anonymous, body: account });
    if (!data) throw new Error(`login failed: ${JSON.stringify(error)}`);
    return createClient(createConfig({ baseUrl: setup.origin, auth: (scheme) => (scheme.scheme === 'bearer' ? data.accessToken : undefined) }));
  };
  const dispatcher = await signedIn(setup.dispatcher);
  const worker = await signedIn(setup.worker);
  const headers = { 'Idempotency-Key': setup.idempotencyKey };

  const created = await tasksCreate({ client: dispatcher, body: specimenJob, headers });
  if (!created.data) throw new Error(`create failed: ${JSON.stringify(created.error)}`);

  const wrongPassword = { username: setup.lockoutUsername, password: 'not-the-password' };
  const unauthenticated = await authLogin({ client: anonymous, body: wrongPassword });
  const locked = await authLogin({ client: anonymous, body: wrongPassword });

  return {
    created: { number: created.data.number, type: created.data.type, status: created.data.status },
    problems: {
      400: declared<TasksListErrors, 400>(400, await tasksList({ client: dispatcher, query: { limit: TOO_BIG_PAGE } })).code,
      401: declared<AuthLoginErrors, 401>(401, unauthenticated).code,
      403: declared<TasksCreateErrors, 403>(403, await tasksCreate({ client: worker, body: specimenJob })).code,
      404: declared<TasksGetErrors, 404>(404, await tasksGet({ client: dispatcher, path: { id: UNKNOWN_TASK_ID } })).code,
      409: declared<TaskLifecycleCompleteErrors, 409>(409, await taskLifecycleComplete({ client: dispatcher, path: { id: created.data.id }, body: handover })).code,
      422: declared<TasksCreateErrors, 422>(422, await tasksCreate({ client: dispatcher, body: anotherSpecimenJob, headers })).code,
      429: declared<AuthLoginErrors, 429>(429, locked).code,
    },
    retryAfter: locked.response?.headers.get('retry-after') ?? null,
  };
}
