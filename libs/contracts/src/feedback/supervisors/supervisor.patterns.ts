export const SupervisorPatterns = {
  create: 'feedback.supervisor.create',
  list: 'feedback.supervisor.list',
  setActive: 'feedback.supervisor.set-active',
} as const;
