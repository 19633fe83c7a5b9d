export const TaskPatterns = {
  create: 'dispatch.task.create',
  get: 'dispatch.task.get',
  list: 'dispatch.task.list',
} as const;
