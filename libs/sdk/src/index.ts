export type { paths, components, operations } from './generated/schema';
export { createHospitalClient, type HospitalApi, type HospitalClient, type HospitalClientOptions } from './client';
export type { HospitalAuth } from './auth';
export { ProblemError, isProblem, type ErrorCode, type FieldError, type Problem } from './problem';
export { paginate, type Page } from './paginate';
export { withIdempotentRetry, isRetryable, newIdempotencyKey, type RetryOptions } from './retry';
export type { BoardStreamConnection, BoardStreamEvent, BoardStreamOptions, BoardStreamReset, Group } from './board-stream';
export type * from './types';
