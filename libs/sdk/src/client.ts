import createClient, { type Client } from 'openapi-fetch';
import { applyAuth, checkAuth, type HospitalAuth } from './auth';
import { runBoardStream, type BoardStreamOptions } from './board-stream';
import type { components, paths } from './generated/schema';
import { ProblemError } from './problem';

export interface HospitalClientOptions {
  /** The gateway's origin, e.g. `https://csc.example-hospital.cn` (the paths carry `/api/v1`). */
  baseUrl: string;
  /** Exactly one credential; omit for the public calls and `login`. */
  auth?: HospitalAuth;
  /** Another fetch (tests, a proxy agent); default the global one. */
  fetch?: typeof fetch;
}

export type HospitalApi = Client<paths>;

export interface HospitalClient {
  /**
   * Every operation of openapi.json, typed (paths, parameters, bodies, answers), by openapi-fetch:
   * `hospital.api.GET('/api/v1/dispatch/tasks/{id}', { params: { path: { id } } })`. A call resolves
   * only on a 2xx answer; any other throws a ProblemError (so `data` is there when it resolves;
   * `hospital.data(...)` unwraps it with its type).
   */
  readonly api: HospitalApi;
  readonly baseUrl: string;
  /** The call's typed `data`: `const task = await hospital.data(hospital.api.GET(...))`. */
  data<R extends { data?: unknown; response: Response }>(call: Promise<R>): Promise<Exclude<R['data'], undefined>>;
  /** POST /auth/login; returns the token (does not change this client: use `withAuth({ token })`). */
  login(username: string, password: string): Promise<components['schemas']['TokenDto']>;
  /** The same API with another credential. */
  withAuth(auth: HospitalAuth): HospitalClient;
  /** The live board; see BoardStreamOptions. Resolves when `signal` aborts. */
  boardStream(options: BoardStreamOptions): Promise<void>;
}

/** A typed client of the platform's API (docs/sdk.md). */
export function createHospitalClient(options: HospitalClientOptions): HospitalClient {
  checkAuth(options.auth);
  const auth = options.auth;
  const baseFetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const api = createClient<paths>({
    baseUrl: options.baseUrl.replace(/\/+$/, ''),
    // Errors are thrown, never returned: every non-2xx answer becomes a ProblemError here.
    fetch: async (request: Request) => {
      const response = await baseFetch(request);
      if (!response.ok) throw await ProblemError.fromResponse(response);
      return response;
    },
  });
  api.use({
    async onRequest({ request }) {
      await applyAuth(request.headers, auth);
      return request;
    },
  });

  const client: HospitalClient = {
    api,
    baseUrl: options.baseUrl,
    async data(call) {
      const { data } = await call;
      return data as never;
    },
    async login(username, password) {
      return client.data(api.POST('/api/v1/auth/login', { body: { username, password } }));
    },
    withAuth(next) {
      return createHospitalClient({ ...options, auth: next });
    },
    boardStream(streamOptions) {
      return runBoardStream({ baseUrl: options.baseUrl, auth, fetch: baseFetch }, streamOptions);
    },
  };
  return client;
}
