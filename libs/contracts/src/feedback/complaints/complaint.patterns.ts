export const ComplaintPatterns = {
  create: 'feedback.complaint.create',
  get: 'feedback.complaint.get',
  list: 'feedback.complaint.list',
  acknowledge: 'feedback.complaint.acknowledge',
  assign: 'feedback.complaint.assign',
  investigate: 'feedback.complaint.investigate',
  resolve: 'feedback.complaint.resolve',
  reply: 'feedback.complaint.reply',
  close: 'feedback.complaint.close',
  escalate: 'feedback.complaint.escalate',
  reopen: 'feedback.complaint.reopen',
} as const;
