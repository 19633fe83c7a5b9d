/** How feedback reached the center (docs/domain.md §5.2). */
export enum FeedbackChannel {
  Desk = 'DESK',
  Phone = 'PHONE',
  Web = 'WEB',
  Mobile = 'MOBILE',
  SuggestionBox = 'SUGGESTION_BOX',
  OpinionBook = 'OPINION_BOOK',
  /** Social supervisors (社会监督员). */
  Supervisor = 'SUPERVISOR',
  /** A follow-up call (回访). */
  FollowUp = 'FOLLOW_UP',
}

export enum ComplaintCategory {
  Attitude = 'ATTITUDE',
  Process = 'PROCESS',
  Waiting = 'WAITING',
  Environment = 'ENVIRONMENT',
  MedicalQuality = 'MEDICAL_QUALITY',
  Billing = 'BILLING',
  Privacy = 'PRIVACY',
  Other = 'OTHER',
}

export enum ComplaintSeverity {
  Normal = 'NORMAL',
  Urgent = 'URGENT',
  Major = 'MAJOR',
}

export enum ComplaintStatus {
  Received = 'RECEIVED',
  Acknowledged = 'ACKNOWLEDGED',
  Investigating = 'INVESTIGATING',
  Resolved = 'RESOLVED',
  Replied = 'REPLIED',
  Closed = 'CLOSED',
}

/** What a timeline entry records. */
export enum ComplaintTimelineAction {
  Received = 'RECEIVED',
  Acknowledged = 'ACKNOWLEDGED',
  Assigned = 'ASSIGNED',
  Investigating = 'INVESTIGATING',
  Resolved = 'RESOLVED',
  Replied = 'REPLIED',
  Closed = 'CLOSED',
  Escalated = 'ESCALATED',
  Reopened = 'REOPENED',
  Overdue = 'OVERDUE',
}

/** Which deadline a complaint missed. */
export enum ComplaintDeadline {
  Acknowledge = 'ACKNOWLEDGE',
  Resolve = 'RESOLVE',
}
