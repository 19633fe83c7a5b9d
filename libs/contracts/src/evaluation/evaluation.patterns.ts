export const EvaluationPatterns = {
  getRules: 'feedback.evaluation-rules.get',
  putRules: 'feedback.evaluation-rules.put',
  staffLedger: 'feedback.evaluation-ledger.get',
  createInspection: 'feedback.evaluation-inspection.create',
  createPeerReview: 'feedback.evaluation-peer-review.create',
  scores: 'feedback.evaluation-scores.get',
  freezeAwards: 'feedback.evaluation-awards.freeze',
  scoresCsv: 'feedback.evaluation-scores.csv',
} as const;
