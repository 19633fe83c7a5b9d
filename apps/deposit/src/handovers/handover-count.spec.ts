import { compareHandover } from './handover-count';

describe('compareHandover', () => {
  it('matches when the count and every tag agree, in any order', () => {
    expect(compareHandover({ count: 3, tagNos: [5, 1, 2] }, [1, 2, 5])).toEqual({ expectedCount: 3, missingTags: [], extraTags: [], discrepancy: false });
  });

  it('names a tag the records hold that the clerk did not list', () => {
    expect(compareHandover({ count: 2, tagNos: [1, 5] }, [1, 2, 5])).toEqual({ expectedCount: 3, missingTags: [2], extraTags: [], discrepancy: true });
  });

  it('names a listed tag the records do not hold, even when the count agrees', () => {
    expect(compareHandover({ count: 3, tagNos: [9, 1, 2] }, [5, 1, 2])).toEqual({ expectedCount: 3, missingTags: [5], extraTags: [9], discrepancy: true });
  });

  it('is a discrepancy when only the count is off (a bag without its tag)', () => {
    expect(compareHandover({ count: 4, tagNos: [1, 2, 5] }, [1, 2, 5])).toEqual({ expectedCount: 3, missingTags: [], extraTags: [], discrepancy: true });
  });

  it('matches an empty desk counted as empty', () => {
    expect(compareHandover({ count: 0, tagNos: [] }, [])).toEqual({ expectedCount: 0, missingTags: [], extraTags: [], discrepancy: false });
  });
});
