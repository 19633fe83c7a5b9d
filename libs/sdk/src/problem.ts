import type { components } from './generated/schema';

export type ErrorCode = components['schemas']['ErrorCode'];
export type Problem = components['schemas']['ProblemDto'];
export type FieldError = components['schemas']['FieldErrorDto'];

/**
 * Every answer that is not 2xx, as the API's problem+json (docs/api.md). The SDK throws it, never
 * returns it: a call that resolves has succeeded. Switch on `code`, not on `detail`.
 */
export class ProblemError extends Error {
  readonly status: number;
  readonly code: ErrorCode;
  readonly title: string;
  readonly detail: string | undefined;
  readonly errors: FieldError[];
  readonly requestId: string | undefined;
  readonly instance: string | undefined;
  /** The headers of the answer (e.g. Retry-After on a 429 or 503). */
  readonly headers: Headers;

  constructor(status: number, problem: Partial<Problem>, headers: Headers = new Headers()) {
    super(`${status} ${problem.code ?? 'HTTP_ERROR'}${problem.detail ? `: ${problem.detail}` : ''}`);
    this.name = 'ProblemError';
    this.status = status;
    // A proxy in between may answer without problem+json; its status is all there is.
    this.code = problem.code ?? (status >= 500 ? 'SERVICE_UNAVAILABLE' : 'INTERNAL');
    this.title = problem.title ?? '';
    this.detail = problem.detail;
    this.errors = problem.errors ?? [];
    this.requestId = problem.requestId ?? headers.get('x-request-id') ?? undefined;
    this.instance = problem.instance;
    this.headers = headers;
  }

  /** Reads a failed response's body (problem+json, or anything else) into a ProblemError. */
  static async fromResponse(response: Response): Promise<ProblemError> {
    let body: Partial<Problem> = {};
    try {
      const text = await response.text();
      const parsed: unknown = text ? JSON.parse(text) : {};
      if (parsed && typeof parsed === 'object') body = parsed as Partial<Problem>;
    } catch {
      // not JSON: keep the status
    }
    return new ProblemError(response.status, body, response.headers);
  }
}

export function isProblem(error: unknown, code?: ErrorCode): error is ProblemError {
  return error instanceof ProblemError && (code === undefined || error.code === code);
}
