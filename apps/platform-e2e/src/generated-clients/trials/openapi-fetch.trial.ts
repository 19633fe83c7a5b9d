/**
 * A front end on openapi-typescript's types with openapi-fetch (what @hospital/sdk wraps). The
 * error of a call is the union of its declared error bodies; a handler names the status it
 * expects through the operation's `responses`: one the document does not declare does not compile.
 */
import createClient from 'openapi-fetch';
import type { operations, paths } from './openapi-typescript/schema';
import { anotherSpecimenJob, HandledStatus, handover, specimenJob, TOO_BIG_PAGE, TrialOutcome, TrialSetup, UNKNOWN_TASK_ID } from './outcome';

type ProblemOf<Op extends keyof operations, S extends keyof operations[Op]['responses']> = operations[Op]['responses'][S] extends {
  content: { 'application/problem+json': infer Problem };
}
  ? Problem
  : never;

function declared<Op extends keyof operations, S extends keyof operations[Op]['responses'] & HandledStatus>(
  _operation: Op,
  status: S,
  result: { error?: unknown; response: Response },
): ProblemOf<Op, S> {
  if (result.response.status !== status) throw new Error(`expected ${status}, got ${result.response.status}: ${JSON.stringify(result.error)}`);
  return result.error as ProblemOf<Op, S>;
}

export async function run(setup: TrialSetup): Promise<TrialOutcome> {
  const anonymous = createClient<paths>({ baseUrl: setup.origin });
  // One credential per client: the bearer header only, never also an X-API-Key.
  const signedIn = async (account: TrialSetup['dispatcher']) => {
    const { data, error } = await anonymous.POST('/api/v1/auth/login', { body: account });
    if (!data) throw new Error(`login failed: ${JSON.stringify(error)}`);
    return createClient<paths>({ baseUrl: setup.origin, headers: { Authorization: `Bearer ${data.accessToken}` } });
  };
  const dispatcher = await signedIn(setup.dispatcher);
  const worker = await signedIn(setup.worker);
  const params = { header: { 'Idempotency-Key': setup.idempotencyKey } };

  const created = await dispatcher.POST('/api/v1/dispatch/tasks', { body: specimenJob, params });
  if (!created.data) throw new Error(`create failed: ${JSON.stringify(created.error)}`);

  const wrongPassword = { username: setup.lockoutUsername, password: 'not-the-password' };
  const unauthenticated = await anonymous.POST('/api/v1/auth/login', { body: wrongPassword });
  const locked = await anonymous.POST('/api/v1/auth/login', { body: wrongPassword });
  const id = created.data.id;

  return {
    created: { number: created.data.number, type: created.data.type, status: created.data.status },
    problems: {
      400: declared('Tasks_list', 400, await dispatcher.GET('/api/v1/dispatch/tasks', { params: { query: { limit: TOO_BIG_PAGE } } })).code,
      401: declared('Auth_login', 401, unauthenticated).code,
      403: declared('Tasks_create', 403, await worker.POST('/api/v1/dispatch/tasks', { body: specimenJob })).code,
      404: declared('Tasks_get', 404, await dispatcher.GET('/api/v1/dispatch/tasks/{id}', { params: { path: { id: UNKNOWN_TASK_ID } } })).code,
      409: declared('TaskLifecycle_complete', 409, await dispatcher.POST('/api/v1/dispatch/tasks/{id}/complete', { params: { path: { id } }, body: handover })).code,
      422: declared('Tasks_create', 422, await dispatcher.POST('/api/v1/dispatch/tasks', { body: anotherSpecimenJob, params })).code,
      429: declared('Auth_login', 429, locked).code,
    },
    retryAfter: locked.response.headers.get('retry-after'),
  };
}
