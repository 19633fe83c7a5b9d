import { Post, TaskType } from '@hospital/contracts';
import { TASK_TYPE_POST } from './task-type-post';

describe('TASK_TYPE_POST', () => {
  it('names the post every job type needs', () => {
    for (const type of Object.values(TaskType)) expect(Object.values(Post)).toContain(TASK_TYPE_POST[type]);
  });
});
