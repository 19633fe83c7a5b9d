import { PlatformUnderTest } from './platform';

// Response bodies are whatever the API sent; each test asserts the fields it cares about.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = any;

export interface Reply<T = Json> {
  status: number;
  headers: Headers;
  body: T;
}

export interface CallOptions {
  token?: string;
  /** A string is sent as it is (to test malformed JSON); anything else as JSON. */
  body?: unknown;
  headers?: Record<string, string>;
}

/** The API as a client sees it: real HTTP against the suite's gateway, with the demo logins. */
export function apiClient(platform: PlatformUnderTest) {
  async function call<T = Json>(method: string, path: string, opts: CallOptions = {}): Promise<Reply<T>> {
    const res = await fetch(platform.url(path), {
      method,
      headers: {
        ...(opts.body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...(opts.token ? { authorization: `Bearer ${opts.token}` } : {}),
        ...opts.headers,
      },
      body: opts.body === undefined ? undefined : typeof opts.body === 'string' ? opts.body : JSON.stringify(opts.body),
    });
    const text = await res.text();
    return { status: res.status, headers: res.headers, body: text ? JSON.parse(text) : undefined };
  }

  /** A demo account's token (`<username>-demo-2026`; the platform starts with SEED_DEMO). */
  async function login(username: string): Promise<string> {
    const res = await call<{ accessToken: string }>('POST', '/auth/login', { body: { username, password: `${username}-demo-2026` } });
    expect(res.status).toBe(200);
    return res.body.accessToken;
  }

  return { call, login };
}
