import { request as httpRequest, RequestOptions } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP } from 'node:net';
import { AddressPolicyConfig } from '../config';
import { guardedLookup, hostOf, refusedAddress } from '../endpoints/address-policy';

export interface AttemptResult {
  /** The HTTP status, when an answer came. */
  status: number | null;
  /** Why it failed without an answer (timeout, refused connection, an address not allowed). */
  error: string | null;
  durationMs: number;
}

const USER_AGENT = 'hospital-platform-webhooks/0.1';

/**
 * One POST, over a connection of its own (no pooled sockets: each attempt resolves and checks
 * the address again), bounded by `timeoutMs` from start to the answer's status line. Redirects
 * are not followed (a 3xx is a failed attempt). The answer's body is not read: only its status counts.
 */
export function postWebhook(target: string, headers: Record<string, string>, body: string, timeoutMs: number, policy: AddressPolicyConfig): Promise<AttemptResult> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  return new Promise((resolve) => {
    let url: URL;
    try {
      url = new URL(target);
    } catch {
      return resolve({ status: null, error: 'the URL does not parse', durationMs: 0 });
    }
    const host = hostOf(url);
    const literal = isIP(host) ? refusedAddress(host, policy) : null;
    if (literal) return resolve({ status: null, error: `not sent: ${literal}`, durationMs: 0 });

    let settled = false;
    const finish = (result: Omit<AttemptResult, 'durationMs'>) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve({ ...result, durationMs: elapsed() });
    };
    const options: RequestOptions = {
      method: 'POST',
      agent: false,
      headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), 'user-agent': USER_AGENT, ...headers },
      lookup: guardedLookup(policy) as unknown as RequestOptions['lookup'],
    };
    const req = (url.protocol === 'https:' ? httpsRequest : httpRequest)(url, options, (res) => {
      finish({ status: res.statusCode ?? null, error: null });
      res.resume();
      res.on('error', () => undefined);
    });
    const timer = setTimeout(() => {
      finish({ status: null, error: `timed out after ${timeoutMs} ms` });
      req.destroy();
    }, timeoutMs);
    req.on('error', (error: NodeJS.ErrnoException) => finish({ status: null, error: (error.code ? `${error.code}: ` : '') + error.message }));
    req.end(body);
  });
}
