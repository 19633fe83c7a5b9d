import { TaskPriority, TaskType } from '@hospital/contracts';
import { ZodError } from 'zod';
import { DEFAULT_DUE_MINUTES, dueAt, dueMinutesFrom, dueTableFrom } from './due-times';

describe('due times', () => {
  describe('dueMinutesFrom', () => {
    it('defaults to STAT 15, URGENT 30 and ROUTINE 120 minutes', () => {
      expect(dueMinutesFrom({})).toEqual({ [TaskPriority.Stat]: 15, [TaskPriority.Urgent]: 30, [TaskPriority.Routine]: 120 });
      expect(DEFAULT_DUE_MINUTES).toEqual({ [TaskPriority.Stat]: 15, [TaskPriority.Urgent]: 30, [TaskPriority.Routine]: 120 });
    });

    it('covers every priority', () => {
      expect(Object.keys(dueMinutesFrom({})).sort()).toEqual(Object.values(TaskPriority).sort());
    });

    it('takes overrides from TASK_DUE_MINUTES_<PRIORITY>, one at a time, keeping the other defaults', () => {
      expect(dueMinutesFrom({ TASK_DUE_MINUTES_STAT: '10' })).toEqual({ STAT: 10, URGENT: 30, ROUTINE: 120 });
      expect(dueMinutesFrom({ TASK_DUE_MINUTES_URGENT: '45' })).toEqual({ STAT: 15, URGENT: 45, ROUTINE: 120 });
      expect(dueMinutesFrom({ TASK_DUE_MINUTES_ROUTINE: '240' })).toEqual({ STAT: 15, URGENT: 30, ROUTINE: 240 });
    });

    it('takes all three overrides together, including the bounds 1 and 1440', () => {
      expect(dueMinutesFrom({ TASK_DUE_MINUTES_STAT: '1', TASK_DUE_MINUTES_URGENT: '5', TASK_DUE_MINUTES_ROUTINE: '1440' })).toEqual({
        STAT: 1,
        URGENT: 5,
        ROUTINE: 1440,
      });
    });

    it('ignores an empty override and unrelated variables', () => {
      expect(dueMinutesFrom({ TASK_DUE_MINUTES_STAT: '', TASK_DUE_MINUTES_stat: '3', TASK_DUE_MINUTES: '7' })).toEqual(DEFAULT_DUE_MINUTES);
    });

    it('does not change the defaults table', () => {
      dueMinutesFrom({ TASK_DUE_MINUTES_STAT: '3' });
      expect(DEFAULT_DUE_MINUTES.STAT).toBe(15);
    });

    it.each(['0', 'abc', '99999', '-5', '1.5', '1441'])('refuses the override %p', (raw) => {
      expect(() => dueMinutesFrom({ TASK_DUE_MINUTES_URGENT: raw })).toThrow(ZodError);
    });

    it.each(['0', 'abc', '99999'])('refuses %p for every priority', (raw) => {
      for (const priority of Object.values(TaskPriority)) {
        expect(() => dueMinutesFrom({ [`TASK_DUE_MINUTES_${priority}`]: raw })).toThrow();
      }
    });
  });

  describe('dueAt', () => {
    const createdAt = new Date('2026-11-23T23:50:00.123Z');

    it('adds the priority\'s minutes to the creation time', () => {
      expect(dueAt(createdAt, TaskPriority.Stat, DEFAULT_DUE_MINUTES).toISOString()).toBe('2026-11-24T00:05:00.123Z');
      expect(dueAt(createdAt, TaskPriority.Urgent, DEFAULT_DUE_MINUTES).toISOString()).toBe('2026-11-24T00:20:00.123Z');
      expect(dueAt(createdAt, TaskPriority.Routine, DEFAULT_DUE_MINUTES).toISOString()).toBe('2026-11-24T01:50:00.123Z');
    });

    it('uses the table it is given', () => {
      const table = dueMinutesFrom({ TASK_DUE_MINUTES_STAT: '1', TASK_DUE_MINUTES_ROUTINE: '1440' });
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

  describe('dueTableFrom', () => {
    it('gives every job type the priority table, then overrides one cell per TASK_DUE_MINUTES_<TYPE>_<PRIORITY>', () => {
      const table = dueTableFrom({ TASK_DUE_MINUTES_ROUTINE: '90', TASK_DUE_MINUTES_LINEN_ROUTINE: '240' });
      expect(table[TaskType.Linen]).toEqual({ STAT: 15, URGENT: 30, ROUTINE: 240 });
      expect(table[TaskType.Specimen]).toEqual({ STAT: 15, URGENT: 30, ROUTINE: 90 });
      expect(Object.keys(table).sort()).toEqual(Object.values(TaskType).sort());
    });

    it('refuses a cell that is not a whole number of minutes', () => {
      expect(() => dueTableFrom({ TASK_DUE_MINUTES_SPECIMEN_STAT: '0' })).toThrow(ZodError);
    });
  });
});
