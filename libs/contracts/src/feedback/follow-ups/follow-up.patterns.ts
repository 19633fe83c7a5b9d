export const FollowUpPatterns = {
  plan: 'feedback.follow-up.plan',
  list: 'feedback.follow-up.list',
  recordOutcome: 'feedback.follow-up.outcome',
  raiseComplaint: 'feedback.follow-up.complaint',
} as const;
