import { TaskPriority } from '@hospital/contracts';
import { DEFAULT_DUE_MINUTES } from '../config';
import { dueAt } from './due-times';

describe('due times', () => {
  describe('dueAt', () => {
    const createdAt = new Date('2026-11-23T23:50:00.123Z');

    it('adds the priority\'s minutes to the creation time', () => {
      expect(dueAt(createdAt, TaskPriority.Stat, DEFAULT_DUE_MINUTES).toISOString()).toBe('2026-11-24T00:05:00.123Z');
      expect(dueAt(createdAt, TaskPriority.Urgent, DEFAULT_DUE_MINUTES).toISOString()).toBe('2026-11-24T00:20:00.123Z');
      expect(dueAt(createdAt, TaskPriority.Routine, DEFAULT_DUE_MINUTES).toISOString()).toBe('2026-11-24T01:50:00.123Z');
    });

    it('uses the table it is given', () => {
      const table = { ...DEFAULT_DUE_MINUTES, [TaskPriority.Stat]: 1, [TaskPriority.Routine]: 1440 };
      expect(dueAt(createdAt, TaskPriority.Stat, table).getTime() - createdAt.getTime()).toBe(60_000);
      expect(dueAt(createdAt, TaskPriority.Routine, table).toISOString()).toBe('2026-11-24T23:50:00.123Z');
    });

    it('returns a new Date and leaves the creation time alone', () => {
      const before = createdAt.getTime();
      const due = dueAt(createdAt, TaskPriority.Stat, DEFAULT_DUE_MINUTES);
      expect(due).not.toBe(createdAt);
      expect(createdAt.getTime()).toBe(before);
    });
  });
});
