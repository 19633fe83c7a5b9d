import { ProblemError } from './problem';

export interface RetryOptions {
  /** The Idempotency-Key sent on every attempt (default: a fresh UUID for this logical request). */
  idempotencyKey?: string;
  /** Attempts in all, the first included (default 4). */
  attempts?: number;
  /** Wait before the second attempt; doubles after each (default 250 ms, at most 5 s). */
  initialDelayMs?: number;
  maxDelayMs?: number;
  signal?: AbortSignal;
}

/** A fresh key for one logical request. */
export function newIdempotencyKey(): string {
  return globalThis.crypto.randomUUID();
}

/**
 * Whether sending the same request again (with the same Idempotency-Key) may succeed: the network
 * failed, the platform was briefly unavailable or timed out, or the first attempt is still running.
 * Rejections (4xx) are final.
 */
export function isRetryable(error: unknown): boolean {
  if (error instanceof ProblemError) {
    return error.code === 'IDEMPOTENCY_KEY_IN_USE' || error.code === 'RATE_LIMITED' || error.status === 502 || error.status === 503 || error.status === 504;
  }
  // fetch rejects with a TypeError when the connection fails; an abort is the caller's decision.
  return error instanceof TypeError;
}

export const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(done, ms);
    function done() {
      signal?.removeEventListener('abort', aborted);
      resolve();
    }
    function aborted() {
      clearTimeout(timer);
      reject(signal!.reason);
    }
    signal?.addEventListener('abort', aborted, { once: true });
  });

/**
 * Runs a creating call, and again on a retryable failure, always with the same Idempotency-Key:
 * the platform then creates at most one record, and a replay answers as the first attempt did.
 *
 *   const task = await withIdempotentRetry((key) => hospital.data(hospital.api.POST('/api/v1/dispatch/tasks', { body, params: { header: { 'Idempotency-Key': key } } })));
 */
export async function withIdempotentRetry<T>(send: (idempotencyKey: string) => Promise<T>, options: RetryOptions = {}): Promise<T> {
  const key = options.idempotencyKey ?? newIdempotencyKey();
  const attempts = Math.max(1, options.attempts ?? 4);
  let delay = options.initialDelayMs ?? 250;
  for (let attempt = 1; ; attempt++) {
    try {
      return await send(key);
    } catch (error) {
      if (attempt >= attempts || !isRetryable(error) || options.signal?.aborted) throw error;
      const retryAfter = error instanceof ProblemError ? Number(error.headers.get('retry-after')) * 1000 : NaN;
      await sleep(Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : delay, options.signal);
      delay = Math.min(delay * 2, options.maxDelayMs ?? 5000);
    }
  }
}
