/**
 * Error codes cross process boundaries as strings because `instanceof` does not survive
 * serialisation. Services raise them, the gateway maps them to HTTP (see ERROR_HTTP_STATUS).
 */
export enum ErrorCode {
  ValidationFailed = 'VALIDATION_FAILED',
  InvalidCursor = 'INVALID_CURSOR',
  Unauthenticated = 'UNAUTHENTICATED',
  Forbidden = 'FORBIDDEN',
  NotFound = 'NOT_FOUND',
  StaffNotFound = 'STAFF_NOT_FOUND',
  TaskNotFound = 'TASK_NOT_FOUND',
  ScheduleNotFound = 'SCHEDULE_NOT_FOUND',
  ApiKeyNotFound = 'API_KEY_NOT_FOUND',
  StaffNumberTaken = 'STAFF_NUMBER_TAKEN',
  UsernameTaken = 'USERNAME_TAKEN',
  Conflict = 'CONFLICT',
  InvalidTransition = 'INVALID_TRANSITION',
  /** The task is someone else's job. */
  NotAssignee = 'NOT_ASSIGNEE',
  BusinessRule = 'BUSINESS_RULE',
  /** The worker cannot take jobs (inactive). */
  WorkerUnavailable = 'WORKER_UNAVAILABLE',
  /** Auto-assignment found nobody clocked in, on shift, holding the post and under capacity. */
  NoEligibleWorker = 'NO_ELIGIBLE_WORKER',
  /** Clock-in while already on duty, or clock-out while off duty. */
  DutyConflict = 'DUTY_CONFLICT',
  /** A break started by someone who is not clocked in: a break is a pause in a duty session. */
  NotOnDuty = 'NOT_ON_DUTY',
  /** A break started by someone on one already: one open break per person. */
  AlreadyOnBreak = 'ALREADY_ON_BREAK',
  /** A break ended for someone who is not on one. */
  NotOnBreak = 'NOT_ON_BREAK',
  DepositNotFound = 'DEPOSIT_NOT_FOUND',
  HandoverNotFound = 'HANDOVER_NOT_FOUND',
  EquipmentNotFound = 'EQUIPMENT_NOT_FOUND',
  LoanNotFound = 'LOAN_NOT_FOUND',
  /** A declared category the center never stores (flammable, food, valuables, ...). */
  ProhibitedItem = 'PROHIBITED_ITEM',
  /** The tag asked for is on another deposit at this desk. */
  TagInUse = 'TAG_IN_USE',
  /** Every tag of the desk's pool is in use. */
  NoFreeTag = 'NO_FREE_TAG',
  /** The pickup code or ID number does not match. */
  ClaimRefused = 'CLAIM_REFUSED',
  /** Locked after too many wrong codes: a supervisor must unlock it. */
  DepositLocked = 'DEPOSIT_LOCKED',
  /** The step needs a supervisor's approval (proxy claims, unlocking, disposal, resolving). */
  SupervisorRequired = 'SUPERVISOR_REQUIRED',
  /** The equipment unit is lent, in maintenance or lost. */
  UnitUnavailable = 'UNIT_UNAVAILABLE',
  /** The Idempotency-Key was used before with a different request body. */
  IdempotencyKeyReused = 'IDEMPOTENCY_KEY_REUSED',
  /** A request with this Idempotency-Key is still being processed; retry later. */
  IdempotencyKeyInUse = 'IDEMPOTENCY_KEY_IN_USE',
  SurveyNotFound = 'SURVEY_NOT_FOUND',
  /** No invitation of this survey has that token. */
  SurveyTokenNotFound = 'SURVEY_TOKEN_NOT_FOUND',
  /** The token was answered already: each is single-use. */
  SurveyTokenUsed = 'SURVEY_TOKEN_USED',
  /** The token's invitation expired. */
  SurveyTokenExpired = 'SURVEY_TOKEN_EXPIRED',
  SupervisorNotFound = 'SUPERVISOR_NOT_FOUND',
  /** A social supervisor with this phone is registered already. */
  SupervisorPhoneTaken = 'SUPERVISOR_PHONE_TAKEN',
  /** The job has a survey invitation already: one per job. */
  TaskAlreadyInvited = 'TASK_ALREADY_INVITED',
  ComplaintNotFound = 'COMPLAINT_NOT_FOUND',
  /** The complaint is someone else's (first-contact ownership): only its owner, or those above them, may act. */
  NotComplaintOwner = 'NOT_COMPLAINT_OWNER',
  /** The new owner is the complaint's owner already. */
  AlreadyOwner = 'ALREADY_OWNER',
  /** A staff member named in the request is not in the staff directory. */
  UnknownStaff = 'UNKNOWN_STAFF',
  FollowUpNotFound = 'FOLLOW_UP_NOT_FOUND',
  /** A complaint was raised from this follow-up call already. */
  ComplaintAlreadyRaised = 'COMPLAINT_ALREADY_RAISED',
  /** The quarter's awards are frozen: it takes no new awards or peer reviews. */
  PeriodFrozen = 'PERIOD_FROZEN',
  /** The department has reviewed that one for the period already. */
  AlreadyReviewed = 'ALREADY_REVIEWED',
  /** An equipment unit with this code is registered already. */
  EquipmentCodeTaken = 'EQUIPMENT_CODE_TAKEN',
  /** Only the incoming clerk named on a shift handover may confirm it. */
  NotIncomingClerk = 'NOT_INCOMING_CLERK',
  /** A worker reports incidents only on a job they carried: its assignee now, or assigned to it earlier (docs/domain.md §3.9). */
  NotTaskCarrier = 'NOT_TASK_CARRIER',
  IncidentNotFound = 'INCIDENT_NOT_FOUND',
  /** The incident was confirmed or dismissed already: only a PENDING one can be. */
  IncidentNotPending = 'INCIDENT_NOT_PENDING',
  UserNotFound = 'USER_NOT_FOUND',
  /** The staff member has an account already: one account per staff member. */
  StaffAlreadyLinked = 'STAFF_ALREADY_LINKED',
  /** The change would leave the platform without an active administrator. */
  LastAdmin = 'LAST_ADMIN',
  /** The account's password is temporary: change it (POST /auth/password) before anything else. */
  PasswordChangeRequired = 'PASSWORD_CHANGE_REQUIRED',
  /** The current password given to change it is wrong. */
  CurrentPasswordWrong = 'CURRENT_PASSWORD_WRONG',
  /** Too many failed logins for this username or from this address: wait for Retry-After. */
  LoginLocked = 'LOGIN_LOCKED',
  /** The account signs in through the hospital's identity provider, which owns its password and roles. */
  ProviderManaged = 'PROVIDER_MANAGED',
  RateLimited = 'RATE_LIMITED',
  ServiceUnavailable = 'SERVICE_UNAVAILABLE',
  ServiceTimeout = 'SERVICE_TIMEOUT',
  Internal = 'INTERNAL',
  /** The caller's account is not linked to a staff member, and the step is a staff member's (a shift handover). */
  NotLinkedToStaff = 'NOT_LINKED_TO_STAFF',
  /** A request body in another format than JSON (a form post, text, multipart): the API reads JSON only. */
  UnsupportedMediaType = 'UNSUPPORTED_MEDIA_TYPE',
  WebhookEndpointNotFound = 'WEBHOOK_ENDPOINT_NOT_FOUND',
  WebhookDeliveryNotFound = 'WEBHOOK_DELIVERY_NOT_FOUND',
  /** The URL is not http(s), carries credentials, or points at an address the platform does not call (loopback, private, ...). */
  WebhookUrlNotAllowed = 'WEBHOOK_URL_NOT_ALLOWED',
  /** An event type the caller's endpoints may not receive (incidents and complaints: admins only). */
  WebhookEventTypeNotAllowed = 'WEBHOOK_EVENT_TYPE_NOT_ALLOWED',
  /** The endpoint is disabled: enable it (PATCH enabled: true) before redelivering. */
  WebhookEndpointDisabled = 'WEBHOOK_ENDPOINT_DISABLED',
}

export const ERROR_HTTP_STATUS: Record<ErrorCode, number> = {
  [ErrorCode.ValidationFailed]: 400,
  [ErrorCode.InvalidCursor]: 400,
  [ErrorCode.Unauthenticated]: 401,
  [ErrorCode.Forbidden]: 403,
  [ErrorCode.NotFound]: 404,
  [ErrorCode.StaffNotFound]: 404,
  [ErrorCode.TaskNotFound]: 404,
  [ErrorCode.ScheduleNotFound]: 404,
  [ErrorCode.ApiKeyNotFound]: 404,
  [ErrorCode.StaffNumberTaken]: 409,
  [ErrorCode.UsernameTaken]: 409,
  [ErrorCode.Conflict]: 409,
  [ErrorCode.InvalidTransition]: 409,
  [ErrorCode.NotAssignee]: 403,
  [ErrorCode.BusinessRule]: 422,
  [ErrorCode.WorkerUnavailable]: 422,
  [ErrorCode.NoEligibleWorker]: 422,
  [ErrorCode.DutyConflict]: 409,
  [ErrorCode.NotOnDuty]: 409,
  [ErrorCode.AlreadyOnBreak]: 409,
  [ErrorCode.NotOnBreak]: 409,
  [ErrorCode.DepositNotFound]: 404,
  [ErrorCode.HandoverNotFound]: 404,
  [ErrorCode.EquipmentNotFound]: 404,
  [ErrorCode.LoanNotFound]: 404,
  [ErrorCode.ProhibitedItem]: 422,
  [ErrorCode.TagInUse]: 409,
  [ErrorCode.NoFreeTag]: 409,
  [ErrorCode.ClaimRefused]: 403,
  [ErrorCode.DepositLocked]: 423,
  [ErrorCode.SupervisorRequired]: 403,
  [ErrorCode.UnitUnavailable]: 409,
  [ErrorCode.IdempotencyKeyReused]: 422,
  [ErrorCode.IdempotencyKeyInUse]: 409,
  [ErrorCode.SurveyNotFound]: 404,
  [ErrorCode.SurveyTokenNotFound]: 404,
  [ErrorCode.SurveyTokenUsed]: 409,
  [ErrorCode.SurveyTokenExpired]: 410,
  [ErrorCode.SupervisorNotFound]: 404,
  [ErrorCode.SupervisorPhoneTaken]: 409,
  [ErrorCode.TaskAlreadyInvited]: 409,
  [ErrorCode.ComplaintNotFound]: 404,
  [ErrorCode.NotComplaintOwner]: 403,
  [ErrorCode.AlreadyOwner]: 409,
  [ErrorCode.UnknownStaff]: 422,
  [ErrorCode.FollowUpNotFound]: 404,
  [ErrorCode.ComplaintAlreadyRaised]: 409,
  [ErrorCode.PeriodFrozen]: 409,
  [ErrorCode.AlreadyReviewed]: 409,
  [ErrorCode.EquipmentCodeTaken]: 409,
  [ErrorCode.NotIncomingClerk]: 403,
  [ErrorCode.NotTaskCarrier]: 403,
  [ErrorCode.IncidentNotFound]: 404,
  [ErrorCode.IncidentNotPending]: 409,
  [ErrorCode.UserNotFound]: 404,
  [ErrorCode.StaffAlreadyLinked]: 409,
  [ErrorCode.LastAdmin]: 409,
  [ErrorCode.PasswordChangeRequired]: 403,
  [ErrorCode.CurrentPasswordWrong]: 422,
  [ErrorCode.LoginLocked]: 429,
  [ErrorCode.ProviderManaged]: 409,
  [ErrorCode.RateLimited]: 429,
  [ErrorCode.ServiceUnavailable]: 503,
  [ErrorCode.ServiceTimeout]: 504,
  [ErrorCode.Internal]: 500,
  [ErrorCode.NotLinkedToStaff]: 403,
  [ErrorCode.UnsupportedMediaType]: 415,
  [ErrorCode.WebhookEndpointNotFound]: 404,
  [ErrorCode.WebhookDeliveryNotFound]: 404,
  [ErrorCode.WebhookUrlNotAllowed]: 422,
  [ErrorCode.WebhookEventTypeNotAllowed]: 422,
  [ErrorCode.WebhookEndpointDisabled]: 409,
};

/** One field that failed validation; `field` is a dotted path such as `origin.department`. */
export interface FieldError {
  field: string;
  message: string;
}

/** What a service replies instead of a result when a request fails. */
export interface WireError {
  code: ErrorCode;
  message: string;
  details?: { errors?: FieldError[] } & Record<string, unknown>;
}

export function isWireError(value: unknown): value is WireError {
  return (
    typeof value === 'object' &&
    value !== null &&
    Object.values(ErrorCode).includes((value as WireError).code)
  );
}
