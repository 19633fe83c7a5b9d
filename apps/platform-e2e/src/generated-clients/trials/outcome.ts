/**
 * What every trial client does against the platform, and what it reports. The trials are written
 * as a front-end team would write them with each generator's own client; they import code that
 * exists only once the generators ran (the spec beside this folder generates, compiles and runs them).
 */

/** The demo accounts the trials log in with, and a username of their own to lock out. */
export interface TrialSetup {
  /** The gateway's origin, e.g. http://127.0.0.1:3000 (the document's server is `/`). */
  origin: string;
  dispatcher: { username: string; password: string };
  worker: { username: string; password: string };
  /** A username no other trial uses: its failed logins lock it (LOGIN_MAX_FAILURES) without locking another trial's. */
  lockoutUsername: string;
  /** Idempotency-Key of the trial's job, unique per trial. */
  idempotencyKey: string;
}

/** The statuses every trial provokes and handles, each through its operation's declared error type. */
export type HandledStatus = 400 | 401 | 403 | 404 | 409 | 422 | 429;

export interface TrialOutcome {
  /** The job registered (201), as the typed response body shows it. */
  created: { number: string; type: string; status: string };
  /** The problem `code` read from each handled error. */
  problems: Record<HandledStatus, string>;
  /** Retry-After of the 429, as the client read it. */
  retryAfter: string | null;
}

const ward = { department: '心内科', ward: '5病区', bed: '12' };

/** Urgent blood from a cardiology ward: the job each trial registers. */
export const specimenJob = {
  type: 'SPECIMEN',
  priority: 'URGENT',
  group: 'INTERNAL_MEDICINE',
  origin: ward,
  destination: { department: '检验科' },
  requester: { department: '心内科', contactName: '李护士', phone: '8021' },
  specimen: { kind: 'URGENT', urgentBlood: true, count: 2, container: '紫头管' },
} as const;

/** The same key with another body: 422 IDEMPOTENCY_KEY_REUSED. */
export const anotherSpecimenJob = { ...specimenJob, specimen: { ...specimenJob.specimen, count: 3 } } as const;

/** A page bigger than the largest allowed (100): 400 VALIDATION_FAILED naming `limit`. */
export const TOO_BIG_PAGE = 1000;

/** No job has this id: 404 TASK_NOT_FOUND. */
export const UNKNOWN_TASK_ID = '00000000-0000-4000-8000-000000000000';

/** Completing a job that was never started: 409 INVALID_TRANSITION. */
export const handover = { receivedBy: '王老师 (检验科)' };
