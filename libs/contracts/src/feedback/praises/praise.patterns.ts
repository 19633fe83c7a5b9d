export const PraisePatterns = {
  create: 'feedback.praise.create',
  list: 'feedback.praise.list',
} as const;
