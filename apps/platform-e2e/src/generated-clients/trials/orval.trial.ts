/**
 * A front end on orval's strictly typed fetch client: every function answers a union of
 * `{ status, data }` per declared status, so handling a status the document does not declare for
 * the operation does not compile.
 */
import { authLogin, taskLifecycleComplete, tasksCreate, tasksGet, tasksList } from './orval/api';
import { useOrigin } from './orval-fetch';
import { anotherSpecimenJob, HandledStatus, handover, specimenJob, TOO_BIG_PAGE, TrialOutcome, TrialSetup, UNKNOWN_TASK_ID } from './outcome';

/** The body of `status`, narrowed by the generated union: S must be one of the operation's statuses. */
function declared<R extends { status: number; data: unknown }, S extends R['status'] & HandledStatus>(status: S, response: R): Extract<R, { status: S }>['data'] {
  const matches = (r: R): r is Extract<R, { status: S }> => r.status === status;
  if (!matches(response)) throw new Error(`expected ${status}, got ${response.status}: ${JSON.stringify(response.data)}`);
  return response.data;
}

export async function run(setup: TrialSetup): Promise<TrialOutcome> {
  useOrigin(setup.origin);
  // orval leaves credentials to the caller: a bearer header per request, never also an X-API-Key.
  const signedIn = async (account: TrialSetup['dispatcher']): Promise<RequestInit> => {
    const login = await authLogin(account);
    if (login.status !== 200) throw new Error(`login failed: ${JSON.stringify(login.data)}`);
    return { headers: { Authorization: `Bearer ${login.data.accessToken}` } };
  };
  const dispatcher = await signedIn(setup.dispatcher);
  const worker = await signedIn(setup.worker);
  const key = { 'Idempotency-Key': setup.idempotencyKey };

  const created = await tasksCreate(specimenJob, key, dispatcher);
  if (created.status !== 201) throw new Error(`create failed: ${JSON.stringify(created.data)}`);

  const wrongPassword = { username: setup.lockoutUsername, password: 'not-the-password' };
  const unauthenticated = await authLogin(wrongPassword);
  const locked = await authLogin(wrongPassword);

  return {
    created: { number: created.data.number, type: created.data.type, status: created.data.status },
    problems: {
      400: declared(400, await tasksList({ limit: TOO_BIG_PAGE }, dispatcher)).code,
      401: declared(401, unauthenticated).code,
      403: declared(403, await tasksCreate(specimenJob, undefined, worker)).code,
      404: declared(404, await tasksGet(UNKNOWN_TASK_ID, dispatcher)).code,
      409: declared(409, await taskLifecycleComplete(created.data.id, handover, dispatcher)).code,
      422: declared(422, await tasksCreate(anotherSpecimenJob, key, dispatcher)).code,
      429: declared(429, locked).code,
    },
    retryAfter: locked.headers.get('retry-after'),
  };
}
