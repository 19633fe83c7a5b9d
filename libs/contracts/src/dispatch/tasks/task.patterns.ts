export const TaskPatterns = {
  create: 'dispatch.task.create',
  get: 'dispatch.task.get',
  list: 'dispatch.task.list',
  assign: 'dispatch.task.assign',
  accept: 'dispatch.task.accept',
  decline: 'dispatch.task.decline',
  start: 'dispatch.task.start',
  complete: 'dispatch.task.complete',
  cancel: 'dispatch.task.cancel',
  edit: 'dispatch.task.edit',
  release: 'dispatch.task.release',
} as const;
