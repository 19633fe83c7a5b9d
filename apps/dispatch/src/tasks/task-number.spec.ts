import { formatTaskNumber } from './task-number';

describe('formatTaskNumber', () => {
  it('formats T<day>-<sequence padded to four digits>', () => {
    expect(formatTaskNumber('20261123', 1)).toBe('T20261123-0001');
    expect(formatTaskNumber('20261123', 42)).toBe('T20261123-0042');
    expect(formatTaskNumber('20261123', 9999)).toBe('T20261123-9999');
  });

  it('does not truncate past 9999 jobs a day, so numbers stay unique', () => {
    expect(formatTaskNumber('20261123', 10000)).toBe('T20261123-10000');
  });

  it('sorts in creation order within a day up to 9999', () => {
    const numbers = [1, 2, 10, 99, 100, 1000, 9999].map((n) => formatTaskNumber('20261123', n));
    expect([...numbers].sort()).toEqual(numbers);
  });
});
